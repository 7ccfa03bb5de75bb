"use client";

import { useActionState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { resendVerificationAction, type ResendState } from "./actions";

export function ResendForm() {
  const [state, action, pending] = useActionState<ResendState>(resendVerificationAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      {state.sent ? (
        <p role="status" className="text-sm text-slate-700">
          {state.sent}
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
