import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCheck, sampleMessage } from "../testing/sample-message";
import { startVendorReceiver, type VendorReceiver } from "../testing/vendor-receiver";
import { pushoverChannel } from ".";
import { pushoverConfig } from "./schema";

const secrets = { userKey: "uQiRzpo4DXghDmr9QzzfQu27cmVRsG", appToken: "azGDORePK8gMaC0QOYAMyEEuzJnyUi" };

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver({ status: 200, body: { status: 1, request: "647d2300-702c-4b38-8b2f-d56326ae460b" } });
});
afterAll(() => receiver.close());

function lastForm() {
  const request = receiver.received.at(-1);
  expect(request?.path).toBe("/1/messages.json");
  expect(request?.headers["content-type"]).toContain("application/x-www-form-urlencoded");
  return Object.fromEntries(new URLSearchParams(request?.body ?? ""));
}

describe("Pushover channel", () => {
  it("posts the form fields with the keys, title, text, priority and acknowledge link", async () => {
    const result = await pushoverChannel.send(sampleMessage(), pushoverConfig.parse({ priority: "1", device: "phone" }), secrets, receiver.sendContext("pushover"));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(lastForm()).toEqual({
      token: secrets.appToken,
      user: secrets.userKey,
      title: "API 1 is down",
      message: "API 1 — HTTP 503 (GET https://api1.example.com/health)",
      priority: "1",
      timestamp: String(Date.parse("2026-11-30T09:00:05.000Z") / 1000),
      url: "https://pingpage.example/alerts/ack/tok123",
      url_title: "Acknowledge",
      device: "phone",
    });
  });

  it("adds retry and expire to emergency alerts, and sends recoveries at normal priority", async () => {
    const config = pushoverConfig.parse({ priority: "2", device: "" });
    await pushoverChannel.send(sampleMessage(), config, secrets, receiver.sendContext("pushover"));
    expect(lastForm()).toMatchObject({ priority: "2", retry: "60", expire: "3600" });
    const recovered = sampleMessage({ kind: "recovered", ackUrl: null, checks: [sampleCheck(1, { status: "up", cause: null, durationSeconds: 7_200 })] });
    await pushoverChannel.send(recovered, config, secrets, receiver.sendContext("pushover"));
    const form = lastForm();
    expect(form).toMatchObject({ priority: "0", message: "API 1 — back after 2 h", url_title: "Open check" });
    expect(form.retry).toBeUndefined();
  });

  it("sends a test with a text, as Pushover refuses an empty one", async () => {
    await pushoverChannel.send(sampleMessage({ kind: "test", checks: [], ackUrl: null }), pushoverConfig.parse({}), secrets, receiver.sendContext("pushover"));
    expect(lastForm()).toMatchObject({ title: "Test alert from Pingpage", message: "Pingpage can reach this channel: alerts will arrive here.", priority: "0" });
  });

  it("reports Pushover's refusal", async () => {
    receiver.answer({ status: 400, body: { user: "invalid", errors: ["user identifier is not a valid user, group, or subscribed user key"], status: 0 } });
    const result = await pushoverChannel.send(sampleMessage(), pushoverConfig.parse({}), secrets, receiver.sendContext("pushover"));
    expect(result).toMatchObject({ ok: false, statusCode: 400 });
    expect(result.error).toContain("not a valid user");
  });

  it("refuses a priority out of range and a short key, naming the field", () => {
    expect(pushoverConfig.safeParse({ priority: "3" }).error?.issues[0]?.path).toEqual(["priority"]);
    expect(pushoverChannel.secretsSchema.safeParse({ ...secrets, userKey: "short" }).success).toBe(false);
  });
});
