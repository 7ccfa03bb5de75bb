"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-result";

/** "Copy of …" with the same settings, tags and saved secrets (copied on the server), paused unless unticked. */
export function CloneCheck({ action }: { action: (prev: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <span className="inline-flex items-center gap-2">
        <label className="inline-flex items-center gap-1 text-xs text-slate-600">
          <input type="checkbox" name="paused" defaultChecked className="h-3.5 w-3.5 rounded border-slate-300" />
          paused
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Cloning…" : "Clone"}</Button>
      </span>
      <ActionMessage state={state} />
    </form>
  );
}
