import { describe, expect, it } from "vitest";
import { sampleCheck, sampleMessage } from "./testing/sample-message";
import { incidentAction, incidentKey, incidentSubjects } from "./vendor-events";

describe("incident keys for PagerDuty and Opsgenie", () => {
  it("keys each check by its outage, so a grouped trigger and a lone recovery meet", () => {
    const [first, second] = [sampleCheck(1), sampleCheck(2)];
    const grouped = sampleMessage({ checks: [first!, second!], dedupKey: "group-7" });
    const recovery = sampleMessage({ kind: "recovered", checks: [{ ...second!, status: "up" }], dedupKey: "group-8" });
    expect(incidentKey(second, grouped)).toBe(incidentKey(recovery.checks[0], recovery));
  });

  it("falls back to the message's key, told apart per check when there are several", () => {
    const lone = sampleCheck(1, { outageId: null });
    expect(incidentKey(lone, sampleMessage({ kind: "tls_expiring", checks: [lone], dedupKey: "tls-1" }))).toBe("tls-1");
    const grouped = sampleMessage({ kind: "tls_expiring", checks: [lone, sampleCheck(2, { outageId: null })], dedupKey: "tls-2" });
    expect(incidentSubjects(grouped).map((check) => incidentKey(check, grouped))).toEqual([`tls-2:${lone.id}`, `tls-2:${grouped.checks[1]?.id}`]);
    expect(incidentSubjects(sampleMessage({ kind: "test", checks: [] }))).toEqual([undefined]);
  });

  it("resolves on recovery, acknowledges on acknowledgement, triggers on everything else", () => {
    expect(["down", "degraded", "heartbeat_missed", "composite", "tls_expiring", "test"].map((kind) => incidentAction(kind as "down"))).toEqual(Array(6).fill("trigger"));
    expect(incidentAction("recovered")).toBe("resolve");
    expect(incidentAction("acknowledged")).toBe("acknowledge");
  });
});
