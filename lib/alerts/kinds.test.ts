import { describe, expect, it } from "vitest";
import { eventsOf, tlsDaysLeft } from "./kinds";
import { matchEvent } from "./scope";

const policy = { id: "p", scope: "all" as const, tagIds: [], checkIds: [], events: ["down", "recovered"], tlsDays: null, enabled: true };
const check = { id: "c1", tagIds: ["t1"] };

describe("alert events of a state change", () => {
  it("names heartbeats, composites and expiring certificates before plain down", () => {
    expect(eventsOf({ checkType: "heartbeat", from: "up", to: "down", cause: null })).toEqual(["heartbeat_missed", "down"]);
    expect(eventsOf({ checkType: "composite", from: "up", to: "degraded", cause: null })).toEqual(["composite", "degraded"]);
    expect(eventsOf({ checkType: "tls", from: "up", to: "down", cause: "the certificate expires in 5 days, expected at least 14" })).toEqual(["tls_expiring", "down"]);
    expect(eventsOf({ checkType: "http", from: "down", to: "up", cause: null })).toEqual(["recovered"]);
    expect(eventsOf({ checkType: "http", from: "pending", to: "up", cause: null })).toEqual([]);
    expect(tlsDaysLeft("the certificate expired on 2026-01-01")).toBeNull();
  });

  it("matches the most specific event the policy asked for, within its checks", () => {
    expect(matchEvent(policy, check, { checkType: "heartbeat", from: "up", to: "down", cause: null })).toBe("down");
    expect(matchEvent({ ...policy, events: ["heartbeat_missed"] }, check, { checkType: "heartbeat", from: "up", to: "down", cause: null })).toBe("heartbeat_missed");
    expect(matchEvent({ ...policy, scope: "tags", tagIds: ["t2"] }, check, { checkType: "http", from: "up", to: "down", cause: null })).toBeNull();
    expect(matchEvent({ ...policy, scope: "tags", tagIds: ["t1"] }, check, { checkType: "http", from: "up", to: "down", cause: null })).toBe("down");
    expect(matchEvent({ ...policy, scope: "checks", checkIds: ["c2"] }, check, { checkType: "http", from: "up", to: "down", cause: null })).toBeNull();
    expect(matchEvent({ ...policy, enabled: false }, check, { checkType: "http", from: "up", to: "down", cause: null })).toBeNull();
  });

  it("alerts on an expiring certificate only within the policy's days", () => {
    const tls = { ...policy, events: ["tls_expiring"], tlsDays: 7 };
    const cause = (days: number) => `the certificate expires in ${days} days, expected at least 30`;
    expect(matchEvent(tls, check, { checkType: "tls", from: "up", to: "down", cause: cause(6) })).toBe("tls_expiring");
    expect(matchEvent(tls, check, { checkType: "tls", from: "up", to: "down", cause: cause(20) })).toBeNull();
  });
});
