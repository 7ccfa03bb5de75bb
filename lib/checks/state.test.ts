import { describe, expect, it } from "vitest";
import { nextState, type StateInput } from "./state";

const base: StateInput = {
  status: "up",
  consecutiveFailures: 0,
  consecutiveSuccesses: 5,
  failureThreshold: 2,
  recoveryThreshold: 1,
  degradedThresholdMs: null,
};

describe("nextState", () => {
  it("stays up after a single failure and goes down after the second", () => {
    const first = nextState(base, { ok: false, latencyMs: 10 });
    expect(first).toMatchObject({ status: "up", consecutiveFailures: 1, changed: false });
    const second = nextState({ ...base, ...first }, { ok: false, latencyMs: 10 });
    expect(second).toMatchObject({ status: "down", consecutiveFailures: 2, changed: true });
  });

  it("recovers after the recovery threshold of successes", () => {
    const down = { ...base, status: "down" as const, consecutiveFailures: 3, consecutiveSuccesses: 0, recoveryThreshold: 2 };
    const first = nextState(down, { ok: true, latencyMs: 10 });
    expect(first).toMatchObject({ status: "down", consecutiveSuccesses: 1, changed: false });
    expect(nextState({ ...down, ...first }, { ok: true, latencyMs: 10 })).toMatchObject({ status: "up", changed: true });
  });

  it("marks a slow success as degraded", () => {
    const result = nextState({ ...base, degradedThresholdMs: 100 }, { ok: true, latencyMs: 250 });
    expect(result).toMatchObject({ status: "degraded", changed: true });
  });

  it("marks a run that passed only partly as degraded, however fast", () => {
    expect(nextState(base, { ok: true, latencyMs: 0, degraded: true })).toMatchObject({ status: "degraded", changed: true });
  });

  it("leaves pending on the first success", () => {
    const pending = { ...base, status: "pending" as const, consecutiveSuccesses: 0 };
    expect(nextState(pending, { ok: true, latencyMs: 5 })).toMatchObject({ status: "up", changed: true });
  });

  it("goes down from pending with a threshold of one", () => {
    const pending = { ...base, status: "pending" as const, failureThreshold: 1 };
    expect(nextState(pending, { ok: false, latencyMs: 5 })).toMatchObject({ status: "down", changed: true });
  });
});
