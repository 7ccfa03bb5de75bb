import "server-only";
import { alertChannels, alertPolicies } from "@/db/schema";
import type { Tx } from "./facts";

/**
 * Every new workspace starts with e-mail to its owners on down and recovered, so an outage is
 * heard of before anyone configures anything. The e-mail channel (lib/channels/email) reads
 * `recipients: "owners"` as "the workspace's owners at send time".
 */
export async function createDefaultAlerting(tx: Pick<Tx, "insert">, workspaceId: string): Promise<void> {
  const [channel] = await tx
    .insert(alertChannels)
    .values({ workspaceId, type: "email", name: "Owners", config: { recipients: "owners", addresses: [] } })
    .returning({ id: alertChannels.id });
  await tx.insert(alertPolicies).values({
    workspaceId,
    name: "Tell the owners",
    scope: "all",
    events: ["down", "recovered"],
    channelIds: [channel!.id],
  });
}
