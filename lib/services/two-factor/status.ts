import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recoveryCodes, userTotp, users } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { totpUri } from "@/lib/two-factor/totp";

export type TwoFactorStatus =
  | { state: "off" }
  | { state: "pending"; secret: string; uri: string }
  | { state: "on"; recoveryCodesLeft: number };

/** What the account page shows: off, awaiting the first code (with the secret to scan), or on. */
export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const [row] = await db
    .select({ secretSealed: userTotp.secretSealed, enabledAt: userTotp.enabledAt, email: users.email })
    .from(userTotp)
    .innerJoin(users, eq(users.id, userTotp.userId))
    .where(eq(userTotp.userId, userId));
  if (!row) return { state: "off" };
  if (!row.enabledAt) {
    const secret = openSecret(row.secretSealed);
    return { state: "pending", secret, uri: totpUri(secret, row.email) };
  }
  const [left] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { state: "on", recoveryCodesLeft: left?.n ?? 0 };
}
