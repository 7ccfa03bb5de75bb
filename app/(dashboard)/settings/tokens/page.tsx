import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { requireCtx } from "@/lib/auth/context";
import { hasRole } from "@/lib/services/context";
import { listApiTokens } from "@/lib/services/api-tokens/manage";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";

export const metadata: Metadata = { title: "API tokens" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export default async function TokensPage() {
  const ctx = await requireCtx();
  if (!hasRole(ctx, "admin")) {
    return <p className="text-sm text-slate-600">Only owners and admins manage API tokens.</p>;
  }
  const tokens = await listApiTokens(ctx);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="text-sm text-slate-600">
          A token acts as you, with your role at most, in {ctx.workspaceName}. Send it as <code>Authorization: Bearer pp_…</code>; see the{" "}
          <Link href="/docs/api" className="underline">API reference</Link>.
        </p>
      </div>
      <section aria-labelledby="create-token-heading" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="create-token-heading" className="font-semibold">Create a token</h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-lg font-semibold">Tokens</h2>
        {tokens.length === 0 ? <p className="text-sm text-slate-600">No tokens yet.</p> : null}
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <div>
                <p className="font-medium">{token.name}</p>
                <p className="text-xs text-slate-500">
                  <code>{token.prefix}…</code> · {token.scopes.includes("write") ? "read and write" : "read only"} · created {day(token.createdAt)}
                  {token.expiresAt ? ` · expires ${day(token.expiresAt)}` : ""} · {token.lastUsedAt ? `last used ${day(token.lastUsedAt)}` : "never used"}
                </p>
              </div>
              {token.revokedAt ? (
                <span className="text-slate-500">Revoked {day(token.revokedAt)}</span>
              ) : (
                <ActionButton variant="ghost" action={revokeTokenAction.bind(null, token.id)}>
                  Revoke {token.name}
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
