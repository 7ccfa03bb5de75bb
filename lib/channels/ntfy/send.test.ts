import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCheck, sampleMessage } from "../testing/sample-message";
import { startVendorReceiver, type VendorReceiver } from "../testing/vendor-receiver";
import { ntfyChannel } from ".";
import { ntfyConfig } from "./schema";

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver({ status: 200, body: { id: "abc", event: "message" } });
});
afterAll(() => receiver.close());

const configFor = (fields: Record<string, unknown> = {}) => ntfyConfig.parse({ serverUrl: receiver.url("/"), topic: "pingpage-alerts", ...fields });

describe("ntfy channel", () => {
  it("publishes the text to the topic with title, priority, tags, click, actions and token headers", async () => {
    const message = sampleMessage();
    const result = await ntfyChannel.send(message, configFor({ priority: "5" }), { token: "tk_secret" }, receiver.sendContext("ntfy"));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    const request = receiver.received.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/pingpage-alerts");
    expect(request?.headers).toMatchObject({
      title: "API 1 is down",
      priority: "5",
      tags: "rotating_light",
      click: `https://pingpage.example/checks/${message.checks[0]?.id}`,
      actions: "view, Acknowledge, https://pingpage.example/alerts/ack/tok123, clear=true",
      authorization: "Bearer tk_secret",
    });
    expect(request?.body).toBe("API 1 — HTTP 503 (GET https://api1.example.com/health)");
  });

  it("sends recoveries at the default priority, without a token when none is set", async () => {
    const message = sampleMessage({ kind: "recovered", ackUrl: null, checks: [sampleCheck(1, { status: "up", cause: null, durationSeconds: 90 })] });
    await ntfyChannel.send(message, configFor(), {}, receiver.sendContext("ntfy"));
    const request = receiver.received.at(-1);
    expect(request?.headers).toMatchObject({ priority: "3", tags: "white_check_mark", title: "API 1 recovered" });
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers.actions).toBeUndefined();
    expect(request?.body).toBe("API 1 — back after 1 min");
  });

  it("encodes a title that is not ASCII so the header stays valid", async () => {
    await ntfyChannel.send(sampleMessage({ checks: [sampleCheck(1, { name: "Zahlungsdienst Köln" })] }), configFor(), {}, receiver.sendContext("ntfy"));
    const title = String(receiver.received.at(-1)?.headers.title);
    expect(title).toMatch(/^=\?UTF-8\?B\?/);
    expect(Buffer.from(title.slice(10, -2), "base64").toString("utf8")).toBe("Zahlungsdienst Köln is down");
  });

  it("defaults to ntfy.sh and refuses a bad topic, naming the field", () => {
    expect(ntfyConfig.parse({ serverUrl: "", topic: "alerts" })).toEqual({ serverUrl: "https://ntfy.sh", topic: "alerts", priority: 4 });
    const parsed = ntfyConfig.safeParse({ topic: "no spaces allowed" });
    expect(parsed.error?.issues[0]?.path).toEqual(["topic"]);
  });
});
