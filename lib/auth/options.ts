import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GithubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { oauthProviders } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/routing/safe-redirect";
import { signIn } from "@/lib/schemas/user";
import { upsertOAuthUser, verifySignIn } from "@/lib/services/users";

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded.length > 0) return forwarded.split(",")[0]!.trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" ? real : null;
}

function providers(): NextAuthOptions["providers"] {
  const oauth = oauthProviders();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signIn.safeParse(credentials);
        if (!parsed.success) throw new Error("Enter your email and password.");
        try {
          const user = await verifySignIn(parsed.data, clientIp(req.headers));
          if (!user) throw new Error("Wrong email or password.");
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ];
  if (oauth.github) list.push(GithubProvider({ clientId: oauth.github.id, clientSecret: oauth.github.secret }));
  if (oauth.google) list.push(GoogleProvider({ clientId: oauth.google.id, clientSecret: oauth.google.secret }));
  return list;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: providers(),
  callbacks: {
    // Every redirect next-auth makes (callbackUrl of sign-in, OAuth return, sign-out) stays on this site.
    async redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
    },
    async signIn({ account, user }) {
      if (!account || account.type !== "oauth") return true;
      return typeof user.email === "string" && user.email.length > 0;
    },
    async jwt({ token, account, user }) {
      if (account?.type === "oauth" && user.email) {
        token.sub = await upsertOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name ?? null,
          image: user.image ?? null,
        });
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
