"use client";

import { useActionState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { resendVerificationAction, type ResendState } from "./actions";

export function ResendForm() {
  const [state, action, pending] = useActionState<ResendState>(resendVerificationAction, {});
  return (
    <form action={action} className="space-y-3">
      {state.message ? (
        <p role="status" className="text-sm text-slate-700">
          {state.message}
        </p>
      ) : null}
      {state.link ? (
        <a href={state.link} className={buttonClass("primary", "w-full")}>
          Verify my e-mail address
        </a>
      ) : null}
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send a new link"}
      </Button>
    </form>
  );
}
