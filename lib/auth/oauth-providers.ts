import type { OAuthConfig } from "next-auth/providers/oauth";
import GithubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { z } from "zod";
import { oauthProviders } from "@/lib/env";

const githubUser = z.object({
  id: z.number(),
  login: z.string(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  avatar_url: z.string().nullish(),
});
const githubEmails = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() })).catch([]);

/**
 * next-auth's GitHub provider takes the public or primary address without asking whether GitHub
 * verified it. Ask the emails endpoint, and keep only the primary address if it is verified.
 */
async function githubProfileWithVerifiedEmail({ client, tokens }: { client: { userinfo: (token: string) => Promise<unknown> }; tokens: { access_token?: string } }) {
  const user = githubUser.parse(await client.userinfo(tokens.access_token ?? ""));
  const response = await fetch("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/vnd.github+json" },
  });
  const emails = githubEmails.parse(response.ok ? await response.json() : []);
  const primary = emails.find((e) => e.primary && e.verified);
  // Shaped like GitHub's /user answer, which the provider's own profile() reads.
  return {
    id: user.id,
    login: user.login,
    name: user.name ?? undefined,
    email: primary?.email ?? user.email ?? undefined,
    avatar_url: user.avatar_url ?? undefined,
    email_verified: !!primary,
  };
}

/** Generic OpenID Connect: discovery, an ID token, PKCE and state, like the Google provider. */
export function oidcProvider(config: { issuer: string; id: string; secret: string; name: string }): OAuthConfig<Record<string, unknown>> {
  return {
    id: "oidc",
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: config.id,
    clientSecret: config.secret,
    profile(profile) {
      const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : null);
      return {
        id: String(profile.sub),
        name: text(profile.name) ?? text(profile.preferred_username),
        email: text(profile.email),
        image: text(profile.picture),
      };
    },
  };
}

export function oauthProviderList() {
  const configured = oauthProviders();
  const list = [];
  if (configured.github) {
    list.push(
      GithubProvider({
        clientId: configured.github.id,
        clientSecret: configured.github.secret,
        userinfo: { url: "https://api.github.com/user", request: githubProfileWithVerifiedEmail },
      }),
    );
  }
  if (configured.google) list.push(GoogleProvider({ clientId: configured.google.id, clientSecret: configured.google.secret }));
  if (configured.oidc) list.push(oidcProvider(configured.oidc));
  return list;
}

/** The name users know a provider by, for buttons and messages. */
export function providerName(provider: string): string {
  if (provider === "github") return "GitHub";
  if (provider === "google") return "Google";
  if (provider === "oidc") return oauthProviders().oidc?.name ?? "Single sign-on";
  return "that provider";
}
