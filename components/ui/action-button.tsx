"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-result";

type Variant = "primary" | "secondary" | "danger" | "ghost";

export type ActionButtonProps = {
  /** A server action (bound to its record) in the `useActionState` shape; see `runAction`. */
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  variant?: Variant;
  pendingLabel?: string;
  /** Shown, disabled, with this reason instead of a working button (a role that may not use it). */
  disabledReason?: string;
  /** Extra fields posted with the button (a select, a hidden input), placed before it. */
  fields?: ReactNode;
  className?: string;
  /** The button's accessible name, where its text alone is ambiguous (one "Revoke" per row). */
  label?: string;
};

/**
 * A one-button form (pause, delete, revoke…) that shows the server's refusal beside the button
 * instead of the error page. With JavaScript off the page re-renders with the same message.
 */
export function ActionButton({ action, children, variant = "secondary", pendingLabel, disabledReason, fields, className = "", label }: ActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, {});
  if (disabledReason) {
    return (
      <span className={`inline-flex flex-col items-end gap-1 ${className}`}>
        <Button type="button" variant={variant} disabled title={disabledReason}>
          {children}
        </Button>
        <span className="text-xs text-slate-500">{disabledReason}</span>
      </span>
    );
  }
  return (
    <form action={formAction} className={`inline-flex flex-col items-end gap-1 ${className}`}>
      <span className="inline-flex items-center gap-2">
        {fields}
        <Button type="submit" variant={variant} disabled={pending} aria-label={label}>
          {pending && pendingLabel ? pendingLabel : children}
        </Button>
      </span>
      <ActionMessage state={state} />
    </form>
  );
}

/** The action's message, announced to screen readers; nothing when the action succeeded quietly. */
export function ActionMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p role="alert" className="max-w-xs text-right text-sm text-red-700">
      {state.message}
    </p>
  );
}
