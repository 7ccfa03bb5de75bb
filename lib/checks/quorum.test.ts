import { describe, expect, it } from "vitest";
import { applyRun, quorumStatus, type QuorumInput } from "./quorum";

const pinned: QuorumInput = {
  status: "up",
  consecutiveFailures: 0,
  consecutiveSuccesses: 3,
  failureThreshold: 1,
  recoveryThreshold: 1,
  degradedThresholdMs: null,
  regions: ["eu", "us"],
  quorum: 2,
  regionStates: {
    eu: { status: "up", consecutiveFailures: 0, consecutiveSuccesses: 3 },
    us: { status: "up", consecutiveFailures: 0, consecutiveSuccesses: 3 },
  },
};
const failed = { ok: false, latencyMs: 5 };

describe("quorumStatus", () => {
  it.each([
    [["down", "up"], 2, "up"],
    [["down", "down"], 2, "down"],
    [["down", "up"], 1, "down"],
    [["down", "degraded", "up"], 2, "degraded"],
    [["pending", "pending"], 1, "pending"],
    [["down", "pending"], 2, "pending"],
    [["down"], 3, "down"],
  ] as const)("%j with quorum %i is %s", (statuses, quorum, expected) => {
    expect(quorumStatus([...statuses], quorum)).toBe(expected);
  });
});

describe("applyRun", () => {
  it("keeps a pinned check up while only one of two regions sees it down", () => {
    const outcome = applyRun(pinned, failed, "eu");
    expect(outcome).toMatchObject({ status: "up", changed: false, consecutiveFailures: 1 });
    expect(outcome.regionStates.eu).toMatchObject({ status: "down", consecutiveFailures: 1 });
  });

  it("calls it down once the quorum of regions agrees", () => {
    const first = applyRun(pinned, failed, "eu");
    const second = applyRun({ ...pinned, ...first }, failed, "us");
    expect(second).toMatchObject({ status: "down", changed: true });
  });

  it("recovers as soon as the quorum is lost", () => {
    const down = applyRun({ ...pinned, ...applyRun(pinned, failed, "eu") }, failed, "us");
    const recovered = applyRun({ ...pinned, ...down }, { ok: true, latencyMs: 5 }, "eu");
    expect(recovered).toMatchObject({ status: "up", changed: true });
  });

  it("runs one state machine for an unpinned check", () => {
    const unpinned = { ...pinned, regions: [], regionStates: {}, failureThreshold: 2 };
    expect(applyRun(unpinned, failed, "eu")).toMatchObject({ status: "up", consecutiveFailures: 1, regionStates: {} });
  });
});
