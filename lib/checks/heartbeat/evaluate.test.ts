import { describe, expect, it } from "vitest";
import { heartbeatConfig } from "@/lib/schemas/check-config";
import { evaluateHeartbeat } from "./evaluate";

const config = heartbeatConfig.parse({ type: "heartbeat", periodSeconds: 300, graceSeconds: 60 });
const at = (iso: string) => new Date(`2026-01-01T${iso}Z`);

describe("evaluateHeartbeat", () => {
  it("is up until period + grace has passed since the last ping", () => {
    const lastPingAt = at("12:00:00");
    expect(evaluateHeartbeat(config, { lastPingAt, expectedSince: at("00:00:00"), now: at("12:06:00") }).ok).toBe(true);
    const late = evaluateHeartbeat(config, { lastPingAt, expectedSince: at("00:00:00"), now: at("12:06:01") });
    expect(late).toMatchObject({
      ok: false,
      errorClass: "timeout",
      error: "no ping since 2026-01-01T12:00:00.000Z (1 s overdue), expected every 300 s with 60 s grace",
    });
  });

  it("counts from when pings were first expected if none has arrived", () => {
    const state = { lastPingAt: null, expectedSince: at("12:00:00") };
    expect(evaluateHeartbeat(config, { ...state, now: at("12:05:00") }).ok).toBe(true);
    expect(evaluateHeartbeat(config, { ...state, now: at("12:10:00") }).error).toBe(
      "no ping received yet (240 s overdue), expected every 300 s with 60 s grace",
    );
  });
});
