import "server-only";
import type { Account, Profile, User } from "next-auth";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { upsertOAuthUser } from "@/lib/services/accounts/oauth";
import { LINK_INTENT_COOKIE, readLinkIntent } from "./link-intent";
import { oauthIdentity } from "./oauth-identity";

/** Error codes the sign-in page (and the sign-in methods page) turn into messages. */
export type OAuthErrorCode = "OAuthAccountExists" | "OAuthEmailUnverified" | "OAuthLinkedElsewhere" | "OAuthNoEmail";

function refused(code: OAuthErrorCode, provider: string, linking: boolean): string {
  const query = `error=${code}&provider=${encodeURIComponent(provider)}`;
  return linking ? `/account/sign-in-methods?${query}` : `/signin?${query}`;
}

/**
 * next-auth's signIn callback for OAuth: applies the linking rules, and on success puts our user id on
 * `user`, which next-auth v4 hands to the jwt callback as the same object. Returns a redirect on refusal.
 */
export async function oauthSignIn(account: Account, user: User, profile: Profile | undefined): Promise<true | string> {
  const jar = await cookies();
  const secret = env.NEXTAUTH_SECRET;
  const linkTo = secret ? readLinkIntent(secret, jar.get(LINK_INTENT_COOKIE)?.value, account.provider) : null;
  if (linkTo) jar.set(LINK_INTENT_COOKIE, "", { path: "/api/auth", maxAge: 0 });

  const identity = oauthIdentity(account, user, profile);
  if (!identity) return refused("OAuthNoEmail", account.provider, !!linkTo);
  const outcome = await upsertOAuthUser(identity, linkTo);
  if (!outcome.ok) {
    const code = outcome.refusal === "account_exists" ? "OAuthAccountExists" : outcome.refusal === "email_unverified" ? "OAuthEmailUnverified" : "OAuthLinkedElsewhere";
    return refused(code, account.provider, !!linkTo);
  }
  user.id = outcome.userId;
  return true;
}
