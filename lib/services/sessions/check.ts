import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/** What a request may do with the session its JWT names. */
export type SessionState =
  | { status: "signed_out" }
  | { status: "needs_two_factor"; userId: string; sessionId: string }
  | { status: "active"; userId: string; sessionId: string; twoFactorEnabled: boolean };

/**
 * The database decides: a missing or revoked row, or one of another user, is signed out. Touches
 * `last_seen_at` at most once a minute so listing sessions costs one write per minute per browser.
 */
export async function checkSession(userId: string, sessionId: string | undefined): Promise<SessionState> {
  if (!sessionId) return { status: "signed_out" };
  const { rows } = await db.execute<{ revoked: boolean; verified: boolean; two_factor: boolean }>(sql`
    with touched as (
      update user_sessions set last_seen_at = now()
      where id = ${sessionId} and user_id = ${userId} and revoked_at is null and last_seen_at < now() - interval '1 minute'
    )
    select s.revoked_at is not null as revoked, s.mfa_verified_at is not null as verified, t.enabled_at is not null as two_factor
    from user_sessions s left join user_totp t on t.user_id = s.user_id
    where s.id = ${sessionId} and s.user_id = ${userId}`);
  const row = rows[0];
  if (!row || row.revoked) return { status: "signed_out" };
  if (row.two_factor && !row.verified) return { status: "needs_two_factor", userId, sessionId };
  return { status: "active", userId, sessionId, twoFactorEnabled: row.two_factor };
}
