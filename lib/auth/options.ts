import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { safeRedirectPath } from "@/lib/routing/safe-redirect";
import { signIn } from "@/lib/schemas/user";
import { revokeSession } from "@/lib/services/sessions/manage";
import { startSession } from "@/lib/services/sessions/start";
import { verifySignIn } from "@/lib/services/users";
import { oauthProviderList } from "./oauth-providers";
import { oauthSignIn } from "./oauth-sign-in";
import { requestOrigin } from "./request-origin";
import { verifyEmailProvider } from "./verify-email-provider";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signIn.safeParse(credentials);
        if (!parsed.success) throw new Error("Enter your email and password.");
        try {
          const user = await verifySignIn(parsed.data, clientAddressFromHeaders(req.headers));
          if (!user) throw new Error("Wrong email or password.");
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ];
  list.push(verifyEmailProvider(), ...oauthProviderList());
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
    async signIn({ account, user, profile }) {
      if (!account || account.type !== "oauth") return true;
      return oauthSignIn(account, user, profile);
    },
    async jwt({ token, account, user }) {
      // oauthSignIn replaced the provider's id on `user` with ours.
      if (account?.type === "oauth") token.sub = user.id;
      // `account` is only present at sign-in: every sign-in, by any method, gets its own session row.
      if (account && token.sub) token.sid = await startSession(token.sub, await requestOrigin());
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sub === "string" && typeof token.sid === "string") {
        await revokeSession({ userId: token.sub, sessionId: token.sid }, token.sid).catch(() => undefined);
      }
    },
  },
};
