"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { setWorkspaceTwoFactorAction, type WorkspaceTwoFactorState } from "./actions";

export function TwoFactorPolicyForm({ required }: { required: boolean }) {
  const [state, action, pending] = useActionState<WorkspaceTwoFactorState, FormData>(setWorkspaceTwoFactorAction, {});
  const error = state.fieldErrors?.required?.[0] ?? state.message;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={error} />
      <input type="hidden" name="required" value={required ? "off" : "on"} />
      <Button type="submit" variant={required ? "secondary" : "primary"} disabled={pending}>
        {required ? "Stop requiring two-factor authentication" : "Require two-factor authentication"}
      </Button>
    </form>
  );
}
