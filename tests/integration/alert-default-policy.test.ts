import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { alertChannels, alertPolicies } from "@/db/schema";
import { db } from "@/lib/db";
import { createWorkspace } from "@/lib/services/workspaces";
import { createUser } from "../support/factories";

describe("a new workspace's alerting", () => {
  it("starts with e-mail to its owners on down and recovered", async () => {
    const user = await createUser();
    const workspaceId = await createWorkspace(user.id, { name: "Fresh" });
    const channels = await db.select().from(alertChannels).where(eq(alertChannels.workspaceId, workspaceId));
    const policies = await db.select().from(alertPolicies).where(eq(alertPolicies.workspaceId, workspaceId));
    expect(channels.map((c) => [c.type, c.name, c.config])).toEqual([["email", "Owners", { to: [user.email] }]]);
    expect(policies.map((p) => [p.scope, p.events, p.channelIds, p.delayMinutes, p.enabled])).toEqual([["all", ["down", "recovered"], [channels[0]!.id], 0, true]]);
  });
});
