import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import { NotFoundError } from "@/lib/errors";
import { verificationToken } from "@/lib/schemas/user";
import { verifyEmailWithToken } from "@/lib/services/accounts/verification";

export const VERIFY_EMAIL_PROVIDER = "verify-email";
export const LINK_NOT_VALID = "This link has expired or was already used. Sign in to get a new one.";

/** Signs in the owner of a verification link while spending it: proving the mailbox is the credential. */
export function verifyEmailProvider() {
  return CredentialsProvider({
    id: VERIFY_EMAIL_PROVIDER,
    name: "E-mail link",
    credentials: { token: { label: "Token", type: "text" } },
    async authorize(credentials) {
      const parsed = verificationToken.safeParse(credentials?.token);
      if (!parsed.success) throw new Error(LINK_NOT_VALID);
      try {
        const user = await verifyEmailWithToken(parsed.data);
        return { id: user.id, email: user.email, name: user.name };
      } catch (error) {
        if (error instanceof NotFoundError) throw new Error(LINK_NOT_VALID);
        throw error;
      }
    },
  });
}
