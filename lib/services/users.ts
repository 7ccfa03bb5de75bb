import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { signInAttempts, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import type { SignIn } from "@/lib/schemas/user";

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
