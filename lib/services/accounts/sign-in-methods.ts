import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { accounts, users } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";

export type SignInMethods = { hasPassword: boolean; identities: { id: string; provider: string; createdAt: Date }[] };

export async function listSignInMethods(userId: string): Promise<SignInMethods> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError("User");
  const identities = await db
    .select({ id: accounts.id, provider: accounts.provider, createdAt: accounts.createdAt })
    .from(accounts)
    .where(eq(accounts.userId, userId))
    .orderBy(asc(accounts.createdAt));
  return { hasPassword: !!user.passwordHash, identities };
}

/** Removes one linked identity, unless it is the last way this user can sign in. */
export async function unlinkIdentity(userId: string, identityId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Locking the user makes two parallel unlinks see each other, so both cannot remove "the other one".
    const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFoundError("User");
    const identities = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.userId, userId));
    if (!identities.some((identity) => identity.id === identityId)) throw new NotFoundError("Sign-in method");
    if (!user.passwordHash && identities.length === 1) {
      throw new ValidationError("This is your only way to sign in. Link another provider or set a password first.");
    }
    await tx.delete(accounts).where(and(eq(accounts.id, identityId), eq(accounts.userId, userId)));
  });
}
