"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { acceptInvitationAction } from "./actions";

export function AcceptForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState<ActionState>(acceptInvitationAction.bind(null, token), {});
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state.message} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Joining…" : `Join ${workspaceName}`}
      </Button>
    </form>
  );
}
