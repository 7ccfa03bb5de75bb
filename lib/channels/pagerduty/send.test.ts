import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCheck, sampleMessage } from "../testing/sample-message";
import { startVendorReceiver, type VendorReceiver } from "../testing/vendor-receiver";
import { pagerDutyChannel } from ".";
import { pagerDutyEvent } from "./payload";
import { pagerDutyConfig } from "./schema";

const secrets = { routingKey: "R0UT1NGKEY0123456789abcdefABCDEF" };
const config = pagerDutyConfig.parse({});

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver();
});
afterAll(() => receiver.close());

const events = (from: number) => receiver.received.slice(from).map((request) => ({ path: request.path, ...JSON.parse(request.body) }));

describe("PagerDuty channel", () => {
  it("triggers on down and resolves on recovery with the outage id as the dedup key", async () => {
    const from = receiver.received.length;
    const check = sampleCheck(1);
    const down = await pagerDutyChannel.send(sampleMessage({ checks: [check] }), config, secrets, receiver.sendContext("pagerduty"));
    expect(down).toMatchObject({ ok: true, externalId: check.outageId });
    const recovered = sampleMessage({ kind: "recovered", ackUrl: null, checks: [{ ...check, status: "up", cause: null, durationSeconds: 60 }] });
    await pagerDutyChannel.send(recovered, config, secrets, receiver.sendContext("pagerduty"));
    const [trigger, resolve] = events(from);
    expect(trigger).toMatchObject({
      path: "/v2/enqueue",
      routing_key: secrets.routingKey,
      event_action: "trigger",
      dedup_key: check.outageId,
      payload: { summary: "API 1 is down: HTTP 503", source: check.target, severity: "critical", component: "API 1", group: "Acme", class: "down" },
      links: [
        { href: `https://pingpage.example/checks/${check.id}`, text: "Open in Pingpage" },
        { href: "https://pingpage.example/alerts/ack/tok123", text: "Acknowledge in Pingpage" },
      ],
    });
    expect(resolve).toEqual({ path: "/v2/enqueue", routing_key: secrets.routingKey, event_action: "resolve", dedup_key: check.outageId });
  });

  it("opens one incident per check of a grouped message, each keyed by its outage", async () => {
    const from = receiver.received.length;
    const checks = [sampleCheck(1), sampleCheck(2), sampleCheck(3, { status: "degraded" })];
    await pagerDutyChannel.send(sampleMessage({ checks }), config, secrets, receiver.sendContext("pagerduty"));
    expect(events(from).map((event) => event.dedup_key)).toEqual(checks.map((check) => check.outageId));
  });

  it("resolves a test incident right after triggering it", async () => {
    const from = receiver.received.length;
    const test = sampleMessage({ kind: "test", checks: [], ackUrl: null, dedupKey: "test-123" });
    await pagerDutyChannel.send(test, config, secrets, receiver.sendContext("pagerduty"));
    expect(events(from).map((event) => [event.event_action, event.dedup_key, event.payload?.severity])).toEqual([
      ["trigger", "test-123", "info"],
      ["resolve", "test-123", undefined],
    ]);
  });

  it("passes a 429's Retry-After on and names the check that failed", async () => {
    receiver.answer({ status: 429, body: { status: "throttled" }, headers: { "retry-after": "30" } });
    const result = await pagerDutyChannel.send(sampleMessage(), config, secrets, receiver.sendContext("pagerduty"));
    expect(result).toMatchObject({ ok: false, statusCode: 429, retryAfterSeconds: 30 });
    expect(result.error).toMatch(/^API 1: HTTP 429/);
  });

  it("acknowledges by the same key when Pingpage's acknowledgement is passed on", () => {
    const message = sampleMessage();
    expect(pagerDutyEvent(secrets.routingKey, message, config, message.checks[0], "acknowledged")).toEqual({
      routing_key: secrets.routingKey,
      event_action: "acknowledge",
      dedup_key: message.checks[0]?.outageId,
    });
  });

  it("refuses a routing key of the wrong length, naming the field", () => {
    expect(pagerDutyChannel.secretsSchema.safeParse({ routingKey: "abc" }).error?.issues[0]?.path).toEqual(["routingKey"]);
  });
});
