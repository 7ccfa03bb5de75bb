import { describe, expect, it } from "vitest";
import { vendorUrl } from "./guarded-fetch";
import { parseRetryAfter, resultFromResponse } from "./types";

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("120")).toBe(120);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("resultFromResponse", () => {
  it("marks 410 gone and carries a 429's Retry-After", async () => {
    expect(await resultFromResponse(new Response("", { status: 410 }))).toMatchObject({ ok: false, gone: true, statusCode: 410 });
    expect(await resultFromResponse(new Response("slow down", { status: 429, headers: { "retry-after": "30" } }))).toMatchObject({
      ok: false,
      retryAfterSeconds: 30,
      error: "HTTP 429: slow down",
    });
    expect(await resultFromResponse(new Response("{}", { status: 202 }))).toEqual({ ok: true, statusCode: 202 });
  });
});

describe("vendorUrl", () => {
  it("swaps the configured base in for the vendor's origin", () => {
    const bases = { slack: "http://127.0.0.1:9000/slack/" };
    expect(vendorUrl(bases, "slack", "https://hooks.slack.com/services/T/B/X?a=1")).toBe("http://127.0.0.1:9000/slack/services/T/B/X?a=1");
    expect(vendorUrl(bases, "discord", "https://discord.com/api/webhooks/1")).toBe("https://discord.com/api/webhooks/1");
  });
});
