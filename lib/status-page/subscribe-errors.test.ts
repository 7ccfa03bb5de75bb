import { describe, expect, it } from "vitest";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { subscribeRequest } from "@/lib/schemas/subscriber";
import { subscribeErrorOf, zodSubscribeError } from "./subscribe-errors";

describe("the Subscribe control's error codes", () => {
  it("names the bad field of a malformed request", () => {
    const slack = { channel: "slack", url: "https://example.com/x" };
    expect(zodSubscribeError(subscribeRequest.safeParse(slack).error!, slack)).toEqual({ error: "invalid_slack", field: "url" });
    const email = { channel: "email", email: "nope" };
    expect(zodSubscribeError(subscribeRequest.safeParse(email).error!, email)).toEqual({ error: "invalid_email", field: "email" });
  });

  it("never passes an unknown error's message on", () => {
    expect(subscribeErrorOf(new Error("password=hunter2 in connection string"))).toEqual({ status: 500, body: { error: "failed" } });
    expect(subscribeErrorOf(new RateLimitedError("slow down")).status).toBe(429);
    expect(subscribeErrorOf(new ValidationError("x", { url: ["Answered HTTP 500, not 2xx"] })).body).toEqual({ error: "ping_failed", field: "url", detail: "Answered HTTP 500, not 2xx" });
  });
});
