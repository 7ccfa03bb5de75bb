import "server-only";
import { and, eq } from "drizzle-orm";
import { alertChannels, alertPolicies, users, workspaceMembers } from "@/db/schema";
import type { Tx } from "./facts";

/**
 * Every new workspace starts with e-mail to its owners on down and recovered, so an outage is
 * heard of before anyone configures anything. The "Owners" channel (lib/channels/email, config
 * `{ to }`) lists the owners' addresses at creation; call after the owner's membership is inserted.
 */
export async function createDefaultAlerting(tx: Pick<Tx, "insert" | "select">, workspaceId: string): Promise<void> {
  const owners = await tx
    .select({ email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, "owner")));
  if (owners.length === 0) return;
  const [channel] = await tx
    .insert(alertChannels)
    .values({ workspaceId, type: "email", name: "Owners", config: { to: owners.map((owner) => owner.email) } })
    .returning({ id: alertChannels.id });
  await tx.insert(alertPolicies).values({ workspaceId, name: "Tell the owners", scope: "all", events: ["down", "recovered"], channelIds: [channel!.id] });
}
