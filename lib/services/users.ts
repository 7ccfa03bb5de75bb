import "server-only";
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { SignIn } from "@/lib/schemas/user";
import { forgiveSignIn, takeSignInAttempt } from "./limits/attempts";

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
