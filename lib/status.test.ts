import { describe, expect, it } from "vitest";
import { type ComponentState, componentStateOf, deriveComponentState, overallState, statusIndicator } from "./status";

describe("overallState", () => {
  it("is operational when every component is", () => {
    expect(overallState(["operational", "operational"])).toEqual({ state: "operational", label: "All systems operational" });
  });

  it("is the worst state of the components", () => {
    expect(overallState(["operational", "degraded_performance"]).state).toBe("degraded_performance");
  });

  it("calls one of several components down a partial outage, and all of them a major outage", () => {
    expect(overallState(["operational", "major_outage"]).label).toBe("Partial outage");
    expect(overallState(["major_outage", "major_outage"]).label).toBe("Major outage");
  });

  it("waits for a first result before claiming anything", () => {
    expect(overallState(["pending"]).state).toBe("pending");
    expect(overallState(["pending", "major_outage"]).state).toBe("major_outage");
  });
});

describe("componentStateOf", () => {
  it("maps check states to the Statuspage vocabulary", () => {
    expect(componentStateOf("up")).toBe("operational");
    expect(componentStateOf("down")).toBe("major_outage");
    expect(componentStateOf("degraded")).toBe("degraded_performance");
  });
});

describe("deriveComponentState", () => {
  const facts = { checkStatus: "up" as const, incidentStates: [], underMaintenance: false };

  it("follows the check when nothing else is going on", () => {
    expect(deriveComponentState(facts)).toBe("operational");
    expect(deriveComponentState({ ...facts, checkStatus: "down" })).toBe("major_outage");
    expect(deriveComponentState({ ...facts, checkStatus: "degraded" })).toBe("degraded_performance");
    expect(deriveComponentState({ ...facts, checkStatus: null })).toBe("operational");
  });

  it("shows under maintenance during a window, even when the check fails", () => {
    expect(deriveComponentState({ ...facts, checkStatus: "down", underMaintenance: true })).toBe("under_maintenance");
  });

  it("shows the worst state declared by open incidents, over the check and maintenance", () => {
    const declared = { ...facts, incidentStates: ["degraded_performance", "partial_outage"] as ComponentState[] };
    expect(deriveComponentState(declared)).toBe("partial_outage");
    expect(deriveComponentState({ ...declared, checkStatus: "down", underMaintenance: true })).toBe("partial_outage");
  });
});

describe("overallState with incidents", () => {
  it("takes an incident's impact into account when no component is affected", () => {
    expect(overallState(["operational"], ["major"]).state).toBe("partial_outage");
    expect(overallState(["operational"], ["none"]).state).toBe("operational");
    expect(overallState(["degraded_performance"], ["critical"]).state).toBe("major_outage");
  });

  it("reports maintenance when that is all there is", () => {
    expect(overallState(["operational", "under_maintenance"]).label).toBe("Under maintenance");
  });
});

describe("statusIndicator", () => {
  it("uses Statuspage's indicator vocabulary", () => {
    expect(statusIndicator("operational")).toEqual({ indicator: "none", description: "All Systems Operational" });
    expect(statusIndicator("degraded_performance").indicator).toBe("minor");
    expect(statusIndicator("partial_outage").indicator).toBe("major");
    expect(statusIndicator("major_outage").indicator).toBe("critical");
    expect(statusIndicator("under_maintenance").indicator).toBe("maintenance");
  });
});
