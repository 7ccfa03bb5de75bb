import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertChannels } from "@/db/schema";
import { generateSigningSecret } from "@/lib/channels/webhook/signing-secret";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { getChannel, updateChannel } from "@/lib/services/alerts/channels";
import { openChannelSecrets, sealChannelSecrets } from "@/lib/services/alerts/channel-secrets";
import { createGuardedFetch } from "@/lib/channels/guarded-fetch";
import { deliverAlert, DeliveryFailedError } from "@/lib/services/alerts/deliver";
import { queueAlertMessage } from "@/lib/services/alerts/queue";
import { alertMessageFor } from "../support/alert-messages";
import { channelInNewWorkspace, deliverOnce } from "../support/channel-delivery";
import { startVendorReceiver, type VendorReceiver, type VendorRequest } from "../support/vendor-receiver";

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver(() => ({ status: 204 }));
});
afterAll(() => receiver.close());

function signed(request: VendorRequest) {
  return {
    "webhook-id": String(request.headers["webhook-id"]),
    "webhook-timestamp": String(request.headers["webhook-timestamp"]),
    "webhook-signature": String(request.headers["webhook-signature"]),
  };
}

async function webhookChannel(overrides: { headers?: { name: string; value: string }[]; authorization?: string } = {}) {
  const path = `/hooks/${crypto.randomUUID()}`;
  const secret = generateSigningSecret();
  const { ctx, channelId } = await channelInNewWorkspace({
    type: "webhook",
    config: { url: `${receiver.url}${path}`, headers: overrides.headers ?? [] },
    secrets: { signingSecret: secret, ...(overrides.authorization ? { authorization: overrides.authorization } : {}) },
  });
  const hits = () => receiver.received.filter((request) => request.path === path);
  return { ctx, channelId, secret, path, hits };
}

describe("webhook channel", () => {
  it("signs the versioned payload per Standard Webhooks, with the custom headers and the Authorization secret", async () => {
    const { ctx, channelId, secret, hits } = await webhookChannel({ headers: [{ name: "X-Team", value: "ops" }], authorization: "Bearer receiver-token" });
    const message = alertMessageFor(ctx.workspaceId);
    const { delivery } = await deliverOnce(channelId, message);
    expect(delivery).toMatchObject({ status: "sent", lastStatusCode: 204 });
    const [request] = hits();
    expect(request?.headers["x-team"]).toBe("ops");
    expect(request?.headers.authorization).toBe("Bearer receiver-token");
    expect(request?.headers["content-type"]).toBe("application/json");
    const verified = new Webhook(secret).verify(request!.body, signed(request!));
    expect(verified).toEqual({ type: "alert.down", timestamp: message.occurredAt, data: message });
    expect(() => new Webhook(generateSigningSecret()).verify(request!.body, signed(request!))).toThrow();
  });

  it("sends the same webhook-id on a retry, with a fresh timestamp and signature", async () => {
    const { ctx, channelId, secret, hits } = await webhookChannel();
    const [deliveryId] = await db.transaction((tx) => queueAlertMessage(tx, alertMessageFor(ctx.workspaceId), [channelId]));
    const options = { fetch: createGuardedFetch(true, 5_000), baseUrls: {} };
    receiver.reply({ status: 503, body: "busy" });
    await expect(deliverAlert(deliveryId!, options)).rejects.toBeInstanceOf(DeliveryFailedError);
    expect(await deliverAlert(deliveryId!, options)).toBe("sent");
    const [first, second] = hits();
    expect(first?.headers["webhook-id"]).toMatch(/^msg_/);
    expect(second?.headers["webhook-id"]).toBe(first?.headers["webhook-id"]);
    expect(new Webhook(secret).verify(second!.body, signed(second!))).toMatchObject({ type: "alert.down" });
  });

  it("rotates without downtime: both secrets sign during the grace period, then only the new one", async () => {
    const { ctx, channelId, secret: oldSecret, path, hits } = await webhookChannel();
    const newSecret = generateSigningSecret();
    await updateChannel(ctx, channelId, { type: "webhook", name: "webhook alerts", config: { url: `${receiver.url}${path}` }, secrets: { nextSigningSecret: newSecret } });

    const stored = openChannelSecrets((await db.select().from(alertChannels).where(eq(alertChannels.id, channelId)))[0]!.secrets);
    expect(stored).toMatchObject({ signingSecret: newSecret, previousSigningSecret: oldSecret });
    const graceHours = (Date.parse(String(stored.previousSigningSecretExpiresAt)) - Date.now()) / 3_600_000;
    expect(graceHours).toBeGreaterThan(23.9);
    expect(graceHours).toBeLessThanOrEqual(24);

    await deliverOnce(channelId, alertMessageFor(ctx.workspaceId));
    const during = hits().at(-1)!;
    expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(during.body, signed(during))).toMatchObject({ type: "alert.down" });
    expect(new Webhook(newSecret).verify(during.body, signed(during))).toMatchObject({ type: "alert.down" });

    // The grace period over: the old secret no longer signs.
    const expired = { ...stored, previousSigningSecretExpiresAt: new Date(Date.now() - 1000).toISOString() };
    await db.update(alertChannels).set({ secrets: sealChannelSecrets(expired) }).where(eq(alertChannels.id, channelId));
    await deliverOnce(channelId, alertMessageFor(ctx.workspaceId));
    const after = hits().at(-1)!;
    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(new Webhook(newSecret).verify(after.body, signed(after))).toMatchObject({ type: "alert.down" });
    expect(() => new Webhook(oldSecret).verify(after.body, signed(after))).toThrow();
  });

  it("never shows a secret back: the channel view names the secret fields only", async () => {
    const { ctx, channelId, secret } = await webhookChannel({ authorization: "Bearer receiver-token" });
    const view = await getChannel(ctx, channelId);
    expect(view.secretsSet.sort()).toEqual(["authorization", "signingSecret"]);
    expect(JSON.stringify(view)).not.toContain(secret.slice(6));
    expect(JSON.stringify(view)).not.toContain("receiver-token");
  });

  it("refuses a malformed secret and a reserved header, naming each field, and saves nothing", async () => {
    const saving = channelInNewWorkspace({
      type: "webhook",
      config: { url: "https://example.com/hook", headers: [{ name: "Webhook-Signature", value: "forged" }] },
      secrets: { signingSecret: "not-a-secret" },
    });
    await expect(saving).rejects.toBeInstanceOf(ValidationError);
    await expect(saving).rejects.toMatchObject({
      fieldErrors: { "secrets.signingSecret": [expect.stringContaining("whsec_")], "config.headers.0.name": [expect.stringContaining("sets this header itself")] },
    });
  });
});
