import type { Metadata } from "next";
import { z } from "zod";
import { FormMessage } from "@/components/ui/field";
import { requireUserId } from "@/lib/auth/context";
import { oauthErrorMessage } from "@/lib/auth/oauth-messages";
import { providerName } from "@/lib/auth/oauth-providers";
import { oauthProviders } from "@/lib/env";
import { listSignInMethods } from "@/lib/services/accounts/sign-in-methods";
import { LinkButton, UnlinkButton } from "./method-buttons";

export const metadata: Metadata = { title: "Sign-in methods" };

const search = z.object({
  error: z.string().max(40).optional().catch(undefined),
  provider: z.string().max(20).optional().catch(undefined),
  linked: z.string().max(20).optional().catch(undefined),
});

export default async function SignInMethodsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requireUserId();
  const query = search.parse(await searchParams);
  const methods = await listSignInMethods(userId);
  const configured = oauthProviders();
  const available = (["github", "google", "oidc"] as const).filter((id) => configured[id]);
  const linkedProviders = new Set(methods.identities.map((identity) => identity.provider));
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">Sign-in methods</h1>
      <FormMessage message={query.error ? oauthErrorMessage(query.error, query.provider) : undefined} />
      {query.linked && linkedProviders.has(query.linked) ? (
        <p role="status" className="text-sm text-emerald-700">
          {providerName(query.linked)} is linked. You can now sign in with it.
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
        <li className="flex items-center justify-between p-4 text-sm">
          <span>Password</span>
          <span className="text-slate-600">{methods.hasPassword ? "Set" : "Not set"}</span>
        </li>
        {methods.identities.map((identity) => (
          <li key={identity.id} className="flex items-center justify-between gap-4 p-4 text-sm">
            <span>
              {providerName(identity.provider)}
              <span className="block text-xs text-slate-500">Linked {identity.createdAt.toISOString().slice(0, 10)}</span>
            </span>
            <UnlinkButton identityId={identity.id} name={providerName(identity.provider)} />
          </li>
        ))}
      </ul>
      {available.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {available.map((id) => (
            <LinkButton key={id} provider={id} name={providerName(id)} />
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600">No sign-in provider (GitHub, Google, single sign-on) is configured on this instance.</p>
      )}
    </div>
  );
}
