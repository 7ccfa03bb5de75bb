import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { accounts, users, workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import { recordAudit } from "../audit/record";
import { createDefaultAlerting } from "../alerts/engine/default-policy";

/** What a provider told us about the person signing in. */
export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  email: string;
  /** Whether the provider itself verified that this person owns `email`. */
  emailVerified: boolean;
  name: string | null;
  image: string | null;
};

export type OAuthRefusal =
  /** The address belongs to an account, and one side has not proved it: the pre-hijack case. */
  | "account_exists"
  /** No account yet, and the provider does not vouch for the address. */
  | "email_unverified"
  /** Linking from settings, but this identity already signs in to someone else. */
  | "linked_elsewhere";

export type OAuthOutcome = { ok: true; userId: string } | { ok: false; refusal: OAuthRefusal };

/**
 * Finds or creates the user behind an OAuth identity. A known identity signs in its user; a signed-in
 * user (`linkTo`) links it explicitly. Otherwise an address is only trusted when the provider
 * verified it, and joined to an existing account only when that account verified it too.
 */
export async function upsertOAuthUser(identity: OAuthIdentity, linkTo: string | null = null): Promise<OAuthOutcome> {
  const email = identity.email.toLowerCase();
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ userId: accounts.userId })
      .from(accounts)
      .where(and(eq(accounts.provider, identity.provider), eq(accounts.providerAccountId, identity.providerAccountId)));
    if (linked) return linkTo && linked.userId !== linkTo ? { ok: false, refusal: "linked_elsewhere" } : { ok: true, userId: linked.userId };

    const link = async (userId: string): Promise<OAuthOutcome> => {
      await tx.insert(accounts).values({ userId, provider: identity.provider, providerAccountId: identity.providerAccountId });
      return { ok: true, userId };
    };
    if (linkTo) return link(linkTo);

    const [existing] = await tx.select({ id: users.id, verifiedAt: users.emailVerifiedAt }).from(users).where(sql`lower(${users.email}) = ${email}`);
    if (existing) return identity.emailVerified && existing.verifiedAt ? link(existing.id) : { ok: false, refusal: "account_exists" };
    if (!identity.emailVerified) return { ok: false, refusal: "email_unverified" };

    const [created] = await tx
      .insert(users)
      .values({ email, name: identity.name, image: identity.image, emailVerifiedAt: sql`now()`, createdAt: sql`clock_timestamp()` })
      .returning({ id: users.id });
    const [workspace] = await tx.insert(workspaces).values({ name: `${identity.name ?? email}'s workspace` }).returning({ id: workspaces.id });
    await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: created!.id, role: "owner" });
    await createDefaultAlerting(tx, workspace!.id);
    const label = `${identity.name ?? email}'s workspace`;
    await recordAudit(tx, { workspaceId: workspace!.id, userId: created!.id }, { action: "workspace.created", target: { type: "workspace", id: workspace!.id, label } });
    return link(created!.id);
  });
}
