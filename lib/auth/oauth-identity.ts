import type { OAuthIdentity } from "@/lib/services/accounts/oauth";

/** Some identity providers send the OIDC `email_verified` claim as the string "true". */
function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/**
 * What next-auth's OAuth callback handed us, as an identity for the linking rules. The e-mail counts
 * as verified only when the provider says so (`email_verified`; set for GitHub by oauth-providers.ts).
 */
export function oauthIdentity(
  account: { provider: string; providerAccountId: string },
  user: { email?: string | null; name?: string | null; image?: string | null },
  profile: unknown,
): OAuthIdentity | null {
  if (typeof user.email !== "string" || user.email.length === 0) return null;
  const claims = typeof profile === "object" && profile !== null ? (profile as Record<string, unknown>) : {};
  return {
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    email: user.email.toLowerCase(),
    emailVerified: isTrue(claims.email_verified),
    name: user.name ?? null,
    image: user.image ?? null,
  };
}
