import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCheck, sampleMessage } from "../testing/sample-message";
import { startVendorReceiver, type VendorReceiver } from "../testing/vendor-receiver";
import { opsgenieChannel } from ".";
import { opsgenieRequest } from "./payload";
import { opsgenieConfig } from "./schema";

const secrets = { apiKey: "eb243592-faa2-4ba2-a551q-1afdf565c889" };

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver({ status: 202, body: { result: "Request will be processed", took: 0.1, requestId: "43a29c5c" } });
});
afterAll(() => receiver.close());

describe("Opsgenie channel", () => {
  it("creates an alert with the outage id as alias, then closes it by alias on recovery", async () => {
    const from = receiver.received.length;
    const check = sampleCheck(1);
    const config = opsgenieConfig.parse({ region: "eu", priority: "P1" });
    await opsgenieChannel.send(sampleMessage({ checks: [check] }), config, secrets, receiver.sendContext("opsgenie"));
    const recovered = sampleMessage({ kind: "recovered", ackUrl: null, checks: [{ ...check, status: "up", cause: null, durationSeconds: 600 }] });
    const result = await opsgenieChannel.send(recovered, config, secrets, receiver.sendContext("opsgenie"));
    expect(result).toMatchObject({ ok: true, externalId: check.outageId });
    const [create, close] = receiver.received.slice(from);
    expect(create?.path).toBe("/v2/alerts");
    expect(create?.headers.authorization).toBe(`GenieKey ${secrets.apiKey}`);
    expect(JSON.parse(create?.body ?? "{}")).toMatchObject({
      message: "API 1 is down",
      alias: check.outageId,
      source: "Pingpage",
      priority: "P1",
      entity: "API 1",
      tags: ["pingpage", "down"],
    });
    expect(JSON.parse(create?.body ?? "{}").description).toContain("Acknowledge: https://pingpage.example/alerts/ack/tok123");
    expect(close?.path).toBe(`/v2/alerts/${check.outageId}/close?identifierType=alias`);
    expect(close?.headers.authorization).toBe(`GenieKey ${secrets.apiKey}`);
    expect(JSON.parse(close?.body ?? "{}")).toEqual({ source: "Pingpage", note: "Recovered after 10 min" });
  });

  it("talks to the region's API host", () => {
    const message = sampleMessage();
    expect(opsgenieRequest(message, opsgenieConfig.parse({ region: "eu" }), message.checks[0]).url).toBe("https://api.eu.opsgenie.com/v2/alerts");
    expect(opsgenieRequest(message, opsgenieConfig.parse({}), message.checks[0]).url).toBe("https://api.opsgenie.com/v2/alerts");
    expect(opsgenieRequest(message, opsgenieConfig.parse({}), message.checks[0], "acknowledged").url).toBe(
      `https://api.opsgenie.com/v2/alerts/${message.checks[0]?.outageId}/acknowledge?identifierType=alias`,
    );
  });

  it("closes a test alert right after creating it", async () => {
    const from = receiver.received.length;
    await opsgenieChannel.send(sampleMessage({ kind: "test", checks: [], ackUrl: null, dedupKey: "test-9" }), opsgenieConfig.parse({}), secrets, receiver.sendContext("opsgenie"));
    expect(receiver.received.slice(from).map((request) => request.path)).toEqual(["/v2/alerts", "/v2/alerts/test-9/close?identifierType=alias"]);
    expect(JSON.parse(receiver.received[from]?.body ?? "{}")).toMatchObject({ alias: "test-9", priority: "P5" });
  });

  it("reports a refused key with its status, naming the check", async () => {
    receiver.answer({ status: 422, body: { message: "Key format is not valid!", took: 0 } });
    const result = await opsgenieChannel.send(sampleMessage(), opsgenieConfig.parse({}), secrets, receiver.sendContext("opsgenie"));
    expect(result).toMatchObject({ ok: false, statusCode: 422 });
    expect(result.error).toMatch(/^API 1: HTTP 422/);
  });

  it("refuses an unknown region, naming the field", () => {
    expect(opsgenieConfig.safeParse({ region: "apac" }).error?.issues[0]?.path).toEqual(["region"]);
  });
});
