import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { accounts, users, workspaceMembers, workspaces } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { SignIn, SignUp } from "@/lib/schemas/user";
import { forgiveSignIn, takeSignInAttempt } from "./limits/attempts";
import { isUniqueViolation } from "./pg-errors";

/** Creates the user and their first workspace, where they are the owner. */
export async function signUpUser(input: SignUp): Promise<{ userId: string; workspaceId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id });
      const [workspace] = await tx.insert(workspaces).values({ name: `${input.name}'s workspace` }).returning({ id: workspaces.id });
      await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user!.id, role: "owner" });
      return { userId: user!.id, workspaceId: workspace!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_idx")) {
      throw new ConflictError("An account with this email already exists", { email: ["An account with this email already exists. Sign in instead."] });
    }
    throw error;
  }
}

/**
 * Checks a password sign-in. The attempt is counted before the password is checked (see
 * lib/services/limits/attempts.ts), so parallel guesses cannot all pass; a right one clears the
 * account's failures.
 */
export async function verifySignIn(input: SignIn, ip: string | null): Promise<{ id: string; email: string; name: string | null } | null> {
  await takeSignInAttempt(input.email, ip);
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${input.email}`);
  const ok = !!user?.passwordHash && (await verifyPassword(user.passwordHash, input.password));
  if (!ok || !user) return null;
  await forgiveSignIn(input.email, ip);
  return { id: user.id, email: user.email, name: user.name };
}

/** Finds or creates the user behind an OAuth identity, linking it by verified email. */
export async function upsertOAuthUser(profile: { provider: string; providerAccountId: string; email: string; name: string | null; image: string | null }): Promise<string> {
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ userId: accounts.userId })
      .from(accounts)
      .where(and(eq(accounts.provider, profile.provider), eq(accounts.providerAccountId, profile.providerAccountId)));
    if (linked) return linked.userId;
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${profile.email.toLowerCase()}`);
    let userId = existing?.id;
    if (!userId) {
      const [created] = await tx.insert(users).values({ email: profile.email.toLowerCase(), name: profile.name, image: profile.image }).returning({ id: users.id });
      const [workspace] = await tx.insert(workspaces).values({ name: `${profile.name ?? profile.email}'s workspace` }).returning({ id: workspaces.id });
      await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: created!.id, role: "owner" });
      userId = created!.id;
    }
    await tx.insert(accounts).values({ userId, provider: profile.provider, providerAccountId: profile.providerAccountId });
    return userId;
  });
}
