import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { accounts, signInAttempts, users, workspaceMembers, workspaces } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConflictError, RateLimitedError } from "@/lib/errors";
import type { SignIn, SignUp } from "@/lib/schemas/user";
import { isUniqueViolation } from "./pg-errors";
import { recordAudit } from "./audit/record";

/** Creates the user and their first workspace, where they are the owner. */
export async function signUpUser(input: SignUp): Promise<{ userId: string; workspaceId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id });
      const [workspace] = await tx.insert(workspaces).values({ name: `${input.name}'s workspace` }).returning({ id: workspaces.id });
      await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user!.id, role: "owner" });
      await recordAudit(tx, { workspaceId: workspace!.id, userId: user!.id }, { action: "workspace.created", target: { type: "workspace", id: workspace!.id, label: `${input.name}'s workspace` } });
      return { userId: user!.id, workspaceId: workspace!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_idx")) {
      throw new ConflictError("An account with this email already exists", { email: ["An account with this email already exists. Sign in instead."] });
    }
    throw error;
  }
}

const WINDOW = "15 minutes";
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

/** Checks a password sign-in, refusing when an email or IP has failed too often recently. */
export async function verifySignIn(input: SignIn, ip: string | null): Promise<{ id: string; email: string; name: string | null } | null> {
  const since = sql`now() - interval '${sql.raw(WINDOW)}'`;
  const [byEmail] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, input.email), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
  const [byIp] = ip
    ? await db
        .select({ n: sql<number>`count(*)::int` })
        .from(signInAttempts)
        .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)))
    : [{ n: 0 }];
  if ((byEmail?.n ?? 0) >= MAX_FAILURES_PER_EMAIL || (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP) {
    throw new RateLimitedError(`Too many failed sign-in attempts. Try again in ${WINDOW}.`);
  }

  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${input.email}`);
  const ok = !!user?.passwordHash && (await verifyPassword(user.passwordHash, input.password));
  await db.insert(signInAttempts).values({ email: input.email, ip, succeeded: ok });
  return ok && user ? { id: user.id, email: user.email, name: user.name } : null;
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
      await recordAudit(tx, { workspaceId: workspace!.id, userId: created!.id }, { action: "workspace.created", target: { type: "workspace", id: workspace!.id, label: `${profile.name ?? profile.email}'s workspace` } });
      userId = created!.id;
    }
    await tx.insert(accounts).values({ userId, provider: profile.provider, providerAccountId: profile.providerAccountId });
    return userId;
  });
}
