"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { acknowledgeLinkAction, type AckState } from "./actions";

export function AckForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<AckState, FormData>(acknowledgeLinkAction.bind(null, token), {});
  if (state.checkNames) {
    return (
      <p role="status" className="text-sm text-slate-700">
        {state.acknowledged ? "Acknowledged" : "Already acknowledged or resolved"}: {state.checkNames.join(", ")}. Reminders and escalation stop.
      </p>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      {state.message ? (
        <p role="alert" className="text-sm text-red-600">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
    </form>
  );
}
