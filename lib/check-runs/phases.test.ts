import { describe, expect, it } from "vitest";
import { medianPhases } from "./phases";

describe("medianPhases", () => {
  it("takes each phase's median over successful runs and puts the remainder in rest", () => {
    const runs = [
      { ok: true, timings: { dnsMs: 2, connectMs: 5, tlsMs: 20, firstByteMs: 40, totalMs: 70 } },
      { ok: true, timings: { dnsMs: 4, connectMs: 7, tlsMs: 30, firstByteMs: 60, totalMs: 110 } },
      { ok: true, timings: { dnsMs: 3, connectMs: 6, tlsMs: 25, firstByteMs: 50, totalMs: 90 } },
      { ok: false, timings: { totalMs: 10_000 } },
      { ok: true, timings: null },
    ];
    expect(medianPhases(runs)).toEqual({ runs: 3, totalMs: 90, phases: { dns: 3, connect: 6, tls: 25, firstByte: 50, rest: 6 } });
  });

  it("has nothing to say without timed successful runs", () => {
    expect(medianPhases([{ ok: false, timings: { totalMs: 5 } }])).toBeNull();
  });
});
