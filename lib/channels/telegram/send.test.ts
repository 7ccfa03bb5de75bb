import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCheck, sampleMessage } from "../testing/sample-message";
import { startVendorReceiver, type VendorReceiver } from "../testing/vendor-receiver";
import { telegramChannel } from ".";

const token = "123456789:AAE_abcdefghijklmnopqrstuvwxyz01234";
const secrets = { botToken: token };
const config = { chatId: "-1001234567890" };

let receiver: VendorReceiver;
beforeAll(async () => {
  receiver = await startVendorReceiver({ status: 200, body: { ok: true, result: { message_id: 7 } } });
});
afterAll(() => receiver.close());

describe("Telegram channel", () => {
  it("calls sendMessage with the chat id and an HTML text whose names are escaped", async () => {
    const message = sampleMessage({ checks: [sampleCheck(1, { name: "<b>API</b> & co" })] });
    const result = await telegramChannel.send(message, config, secrets, receiver.sendContext("telegram"));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    const request = receiver.received.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe(`/bot${token}/sendMessage`);
    const body = JSON.parse(request?.body ?? "{}");
    expect(body).toMatchObject({ chat_id: "-1001234567890", parse_mode: "HTML", disable_notification: false });
    expect(body.text).toContain("<b>&lt;b&gt;API&lt;/b&gt; &amp; co is down</b>");
    expect(body.text).toContain(`<a href="https://pingpage.example/checks/${message.checks[0]?.id}">`);
    expect(body.text).toContain('<a href="https://pingpage.example/alerts/ack/tok123">Acknowledge</a>');
  });

  it("names ten checks of a storm, then how many more", async () => {
    const checks = Array.from({ length: 14 }, (_, index) => sampleCheck(index + 1));
    await telegramChannel.send(sampleMessage({ checks }), config, secrets, receiver.sendContext("telegram"));
    const text: string = JSON.parse(receiver.received.at(-1)?.body ?? "{}").text;
    expect(text).toContain("14 checks are down");
    expect(text).toContain("API 10 — HTTP 503");
    expect(text).not.toContain("API 11 —");
    expect(text).toContain("and 4 more");
  });

  it("sends recoveries silently, with the outage's length", async () => {
    const message = sampleMessage({ kind: "recovered", ackUrl: null, checks: [sampleCheck(1, { status: "up", cause: null, durationSeconds: 300 })] });
    await telegramChannel.send(message, config, secrets, receiver.sendContext("telegram"));
    const body = JSON.parse(receiver.received.at(-1)?.body ?? "{}");
    expect(body.disable_notification).toBe(true);
    expect(body.text).toContain("API 1 — back after 5 min");
  });

  it("takes the wait from the body of a 429", async () => {
    receiver.answer({ status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 17", parameters: { retry_after: 17 } } });
    const result = await telegramChannel.send(sampleMessage(), config, secrets, receiver.sendContext("telegram"));
    expect(result).toMatchObject({ ok: false, statusCode: 429, retryAfterSeconds: 17 });
  });

  it("reports a refused token without repeating it", async () => {
    receiver.answer({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
    const result = await telegramChannel.send(sampleMessage(), config, secrets, receiver.sendContext("telegram"));
    expect(result.ok).toBe(false);
    expect(result.error).toContain("401");
    expect(result.error).not.toContain(token);
  });

  it("refuses a chat id or token that cannot be Telegram's, naming the field", () => {
    const config = telegramChannel.configSchema.safeParse({ chatId: "my chat" });
    expect(config.success).toBe(false);
    expect(config.error?.issues[0]?.path).toEqual(["chatId"]);
    expect(telegramChannel.secretsSchema.safeParse({ botToken: "nope" }).success).toBe(false);
  });
});
