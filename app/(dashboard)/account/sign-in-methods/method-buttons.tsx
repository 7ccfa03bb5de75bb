"use client";

import { signIn } from "next-auth/react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { startLinkAction, unlinkAction } from "./actions";

export function LinkButton({ provider, name }: { provider: string; name: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function link() {
    setPending(true);
    const { ok } = await startLinkAction(provider);
    if (ok) return signIn(provider, { callbackUrl: `/account/sign-in-methods?linked=${provider}` });
    setPending(false);
    setError(`${name} is not available.`);
  }

  return (
    <div>
      <FormMessage message={error} />
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void link()}>
        {pending ? "Redirecting…" : `Link ${name}`}
      </Button>
    </div>
  );
}

export function UnlinkButton({ identityId, name }: { identityId: string; name: string }) {
  const [state, action, pending] = useActionState<ActionState>(unlinkAction.bind(null, identityId), {});
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <FormMessage message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Unlink ${name}`}>
        {pending ? "Unlinking…" : "Unlink"}
      </Button>
    </form>
  );
}
