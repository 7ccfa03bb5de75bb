import { describe, expect, it } from "vitest";
import { componentStateOf, overallState } from "./status";

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
