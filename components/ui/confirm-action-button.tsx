"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { ActionMessage, type ActionButtonProps } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";

type Props = Pick<ActionButtonProps, "action" | "disabledReason"> & {
  label: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
};

/**
 * A destructive action that asks first, in a modal dialog; a refusal from the server shows in the
 * dialog and under the button, never as the error page.
 */
export function ConfirmActionButton({ action, disabledReason, label, title, confirmLabel, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState(action, {});
  if (disabledReason) {
    return (
      <span className="inline-flex flex-col items-end gap-1">
        <Button variant="danger" type="button" disabled title={disabledReason}>
          {label}
        </Button>
        <span className="text-xs text-slate-500">{disabledReason}</span>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button variant="danger" type="button" onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <ActionMessage state={state} />
      <dialog ref={dialog} aria-label={title} className="m-auto w-full max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        <div className="mt-2 text-sm text-slate-600">{children}</div>
        <form action={formAction} className="mt-6 flex flex-col items-end gap-2">
          <ActionMessage state={state} />
          <span className="flex gap-3">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {confirmLabel}
            </Button>
          </span>
        </form>
      </dialog>
    </span>
  );
}
