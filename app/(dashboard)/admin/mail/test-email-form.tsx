"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { sendTestEmailAction } from "./actions";

export function TestEmailForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(sendTestEmailAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormMessage message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Queuing…" : "Send test e-mail"}
      </Button>
      {state.values?.queued ? (
        <p role="status" className="text-sm text-slate-600">
          Test e-mail queued; its result appears below within a few seconds.
        </p>
      ) : null}
    </form>
  );
}
