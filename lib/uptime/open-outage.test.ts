import { describe, expect, it } from "vitest";
import { uncountedRuns } from "./open-outage";

const at = (iso: string) => new Date(iso);

describe("uncountedRuns", () => {
  const tail = { from: at("2026-03-10T23:30:00Z"), until: at("2026-03-11T00:30:00Z"), intervalMs: 60_000 };

  it("counts one failed run per interval of the uncounted outage, split at the window's edges", () => {
    expect(uncountedRuns(tail, at("2026-03-10T00:00:00Z"), at("2026-03-11T00:00:00Z"))).toBe(30);
    expect(uncountedRuns(tail, at("2026-03-11T00:00:00Z"), at("2026-03-12T00:00:00Z"))).toBe(30);
    expect(uncountedRuns(tail, at("2026-03-10T00:00:00Z"), at("2026-03-12T00:00:00Z"))).toBe(60);
  });

  it("counts nothing outside the outage or without one", () => {
    expect(uncountedRuns(tail, at("2026-03-09T00:00:00Z"), at("2026-03-10T00:00:00Z"))).toBe(0);
    expect(uncountedRuns(undefined, at("2026-03-10T00:00:00Z"), at("2026-03-12T00:00:00Z"))).toBe(0);
  });
});
