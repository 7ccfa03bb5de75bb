import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertChannels, alertDeliveries, auditLog } from "@/db/schema";
import { createGuardedFetch } from "@/lib/channels/guarded-fetch";
import { isSealed } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError, ForbiddenError } from "@/lib/errors";
import { createChannel, deleteChannel, getChannel, listChannels, updateChannel } from "@/lib/services/alerts/channels";
import { deliverAlert } from "@/lib/services/alerts/deliver";
import { getDelivery, listDeliveries } from "@/lib/services/alerts/history";
import { replayDelivery, sendTestAlert } from "@/lib/services/alerts/send-test";
import { userCtx } from "@/lib/services/context";
import { workspaceMembers } from "@/db/schema";
import { createTestChannel, downMessage, queue, testModules } from "../support/alert-channels";
import { startAlertReceiver, type AlertReceiver } from "../support/alert-receiver";
import { createOwnerCtx, createUser } from "../support/factories";

const options = { modules: testModules, fetch: createGuardedFetch(true, 1_000) };
const firstQuery = { page: 1 } as const;

describe("alert channels", () => {
  let receiver: AlertReceiver;
  beforeAll(async () => {
    receiver = await startAlertReceiver();
  });
  afterAll(() => receiver.close());

  it("stores secrets sealed and never returns them, only which are set", async () => {
    const ctx = await createOwnerCtx();
    const id = await createTestChannel(ctx, `${receiver.url}/sealed`);
    const [row] = await db.select().from(alertChannels).where(eq(alertChannels.id, id));
    expect(isSealed(row!.secrets)).toBe(true);
    expect(row!.secrets).not.toContain("s3cret-token");

    const shown = await getChannel(ctx, id, testModules);
    expect(shown.secretsSet).toEqual(["token"]);
    expect(JSON.stringify(shown)).not.toContain("s3cret-token");
    expect(JSON.stringify(await listChannels(ctx, testModules))).not.toContain("s3cret-token");
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(JSON.stringify(entry)).not.toContain("s3cret-token");
  });

  it("keeps a secret left blank on edit, and replaces one given", async () => {
    const ctx = await createOwnerCtx();
    const id = await createTestChannel(ctx, `${receiver.url}/keep`);
    await updateChannel(ctx, id, { type: "test-hook", name: "Renamed", config: { url: `${receiver.url}/keep` }, secrets: { token: "" } }, testModules);
    const [deliveryId] = await queue(downMessage(ctx.workspaceId), [id]);
    await deliverAlert(deliveryId!, options);
    expect(receiver.received.find((r) => r.path === "/keep")?.headers.authorization).toBe("Bearer s3cret-token");

    await updateChannel(ctx, id, { type: "test-hook", name: "Renamed", config: { url: `${receiver.url}/keep` }, secrets: { token: "new-token" } }, testModules);
    const [second] = await queue(downMessage(ctx.workspaceId), [id]);
    await deliverAlert(second!, options);
    expect(receiver.received.filter((r) => r.path === "/keep").at(-1)?.headers.authorization).toBe("Bearer new-token");
  });

  it("refuses bad settings with the field named, and writes nothing", async () => {
    const ctx = await createOwnerCtx();
    const attempt = createChannel(ctx, { type: "test-hook", name: "Broken", config: { url: "not a url" }, secrets: {} }, testModules);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { "config.url": ["url: a full http(s) URL"], "secrets.token": [expect.any(String)] } });
    await expect(createChannel(ctx, { type: "carrier-pigeon", name: "Bird", config: {}, secrets: {} }, testModules)).rejects.toMatchObject({
      fieldErrors: { type: ["Unknown channel type"] },
    });
    expect(await listChannels(ctx, testModules)).toEqual([]);
  });

  it("refuses another workspace's channels and deliveries", async () => {
    const owner = await createOwnerCtx();
    const stranger = await createOwnerCtx();
    const id = await createTestChannel(owner, `${receiver.url}/mine`);
    const [deliveryId] = await queue(downMessage(owner.workspaceId), [id]);
    await expect(getChannel(stranger, id, testModules)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateChannel(stranger, id, { type: "test-hook", name: "Stolen", config: { url: `${receiver.url}/x` } }, testModules)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteChannel(stranger, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendTestAlert(stranger, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(replayDelivery(stranger, deliveryId!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDelivery(stranger, deliveryId!)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listDeliveries(stranger, { ...firstQuery, channelId: id })).rows).toEqual([]);
    // A message naming another workspace's channel queues nothing to it.
    expect(await queue(downMessage(stranger.workspaceId), [id])).toEqual([]);
  });

  it("lets viewers read but not change channels", async () => {
    const owner = await createOwnerCtx();
    const id = await createTestChannel(owner, `${receiver.url}/viewer`);
    const user = await createUser();
    await db.insert(workspaceMembers).values({ workspaceId: owner.workspaceId, userId: user.id, role: "viewer" });
    const viewer = userCtx(user.id, owner.workspaceId, "viewer");
    expect((await listChannels(viewer, testModules)).map((c) => c.id)).toEqual([id]);
    await expect(sendTestAlert(viewer, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteChannel(viewer, id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("sends a test message and shows it in the channel's log", async () => {
    const ctx = await createOwnerCtx();
    const id = await createTestChannel(ctx, `${receiver.url}/test-button`);
    const deliveryId = await sendTestAlert(ctx, id);
    expect(await deliverAlert(deliveryId, options)).toBe("sent");
    const body = JSON.parse(receiver.received.find((r) => r.path === "/test-button")!.body);
    expect(body).toMatchObject({ version: 1, kind: "test" });
    const { rows } = await listDeliveries(ctx, { ...firstQuery, channelId: id });
    expect(rows).toMatchObject([{ id: deliveryId, kind: "test", status: "sent", lastStatusCode: 200 }]);
  });

  it("replays a delivery as a new one with the same payload and a new key", async () => {
    const ctx = await createOwnerCtx();
    const id = await createTestChannel(ctx, `${receiver.url}/replay`);
    const message = downMessage(ctx.workspaceId);
    const [original] = await queue(message, [id]);
    await deliverAlert(original!, options);
    const replay = await replayDelivery(ctx, original!);
    expect(await deliverAlert(replay, options)).toBe("sent");

    const hits = receiver.received.filter((r) => r.path === "/replay");
    expect(hits).toHaveLength(2);
    expect(hits[1]!.body).toBe(hits[0]!.body);
    expect(hits[1]!.headers["idempotency-key"]).not.toBe(hits[0]!.headers["idempotency-key"]);
    const [row] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, replay));
    expect(row).toMatchObject({ replayOf: original, requestedBy: ctx.userId });
    const checkId = message.checks[0]!.id;
    expect((await listDeliveries(ctx, { ...firstQuery, checkId })).rows.map((r) => r.id).sort()).toEqual([original, replay].sort());
  });
});
