import { describe, expect, it } from "vitest";
import { alertPolicyInput } from "@/lib/schemas/alert-policy";
import { setCheckTags, createTag } from "@/lib/services/checks/tags";
import { checkAlerting } from "@/lib/services/alerts/policies/read";
import { setCheckAlertsOptOut } from "@/lib/services/alerts/policies/opt-out";
import { createAlertPolicy, updateAlertPolicy } from "@/lib/services/alerts/policies/write";
import { createOwnerCtx } from "../support/factories";
import { createChecks, createTestChannel, policyOf } from "../support/alerts";

describe("alert policy services", () => {
  it("names the field of bad input and writes nothing", async () => {
    const parsed = alertPolicyInput.safeParse({ name: "", scope: "tags", tagIds: [], events: [], channelIds: [], reminderMinutes: 5, reminderCap: 0, escalation: [{ afterMinutes: 10, channelIds: [] }] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "events", "channelIds", "escalation.0.channelIds"]));
    const refined = alertPolicyInput.safeParse({ name: "P", scope: "tags", events: ["down"], channelIds: ["7f1c2a1e-3c7b-4c3e-9a1d-2b3c4d5e6f70"], reminderMinutes: 5 });
    expect(refined.error!.issues.map((issue) => issue.path.join("."))).toEqual(["tagIds", "reminderCap"]);
  });

  it("refuses another workspace's channels, and viewers", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const foreign = await createTestChannel(other.workspaceId, "Theirs");
    const input = alertPolicyInput.parse({ name: "Sneaky", scope: "all", events: ["down"], channelIds: [foreign.id] });
    await expect(createAlertPolicy(ctx, input)).rejects.toThrow("Pick each channel from the list");
    expect(await policyOf(ctx.workspaceId)).toEqual([]);
    await expect(createAlertPolicy({ ...ctx, role: "viewer" }, input)).rejects.toThrow("editor");
  });

  it("shows on a check which policies take it in, by tag, and that it opted out", async () => {
    const ctx = await createOwnerCtx();
    const channel = await createTestChannel(ctx.workspaceId, "Ops");
    const [tagged, plain] = await createChecks(ctx.workspaceId, 2);
    const tag = await createTag(ctx, { name: "prod", colour: "slate" });
    await setCheckTags(ctx, tagged!.id, [tag.id]);
    const id = await createAlertPolicy(ctx, alertPolicyInput.parse({ name: "Prod", scope: "tags", tagIds: [tag.id], events: ["down"], channelIds: [channel.id] }));
    expect((await checkAlerting(ctx, tagged!.id)).policies.map((p) => p.name)).toEqual(["Prod"]);
    expect((await checkAlerting(ctx, plain!.id)).policies).toEqual([]);

    await updateAlertPolicy(ctx, id, alertPolicyInput.parse({ name: "Everything", scope: "all", events: ["down"], channelIds: [channel.id] }));
    expect((await checkAlerting(ctx, plain!.id)).policies.map((p) => p.name)).toEqual(["Everything"]);
    await setCheckAlertsOptOut(ctx, plain!.id, true);
    expect((await checkAlerting(ctx, plain!.id)).optedOut).toBe(true);
    await expect(checkAlerting(await createOwnerCtx(), plain!.id)).rejects.toThrow("does not exist");
  });
});
