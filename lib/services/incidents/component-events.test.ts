import { describe, expect, it } from "vitest";
import { componentStatusEvents, FOLLOWS_CHECK } from "./component-events";

const pageId = "6f1c2b9e-6a4d-4c55-9a7e-0c1d2e3f4a5b";
const api = "0b5e7c1a-2f3d-4e6a-8b9c-1d2e3f4a5b6c";
const web = "1c6f8d2b-3a4e-4f7b-9cad-2e3f4a5b6c7d";
const at = new Date("2026-03-01T00:00:00Z");

describe("component status changes shown by an incident", () => {
  it("names each component whose shown state moved, and only those", () => {
    const before = new Map([[api, "major_outage"], [web, "degraded_performance"]]);
    const after = new Map([[api, "partial_outage"], [web, "degraded_performance"]]);
    const events = componentStatusEvents(pageId, before, after, at);
    expect(events).toEqual([expect.objectContaining({ type: "component.status_changed", pageId, componentId: api, from: "major_outage", to: "partial_outage", at: at.toISOString() })]);
  });

  it("a component an incident stops covering goes back to following its check", () => {
    const events = componentStatusEvents(pageId, new Map([[api, "major_outage"]]), new Map(), at);
    expect(events).toEqual([expect.objectContaining({ componentId: api, from: "major_outage", to: FOLLOWS_CHECK })]);
  });
});
