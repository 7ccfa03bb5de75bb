import { describe, expect, it } from "vitest";
import { domainEvent, domainEventTypes, newEvent } from "./types";

const ids = { checkId: "2f1c1f8e-4a53-4a8e-9d55-2b1e0c8a9f10", workspaceId: "5b7e4c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c" };

describe("domain events", () => {
  it("builds an event with its own id and time that parses as itself", () => {
    const event = newEvent("check.status_changed", { ...ids, from: "up", to: "down", cause: "status 503", at: new Date("2026-05-01T10:00:00Z") });
    expect(event).toMatchObject({ type: "check.status_changed", at: "2026-05-01T10:00:00.000Z", ...ids });
    expect(domainEvent.parse(event)).toEqual(event);
    expect(newEvent("page.changed", { pageId: ids.checkId, workspaceId: ids.workspaceId }).eventId).not.toBe(event.eventId);
  });

  it("names the field a malformed event gets wrong", () => {
    const event = newEvent("check.status_changed", { ...ids, from: "up", to: "down", cause: null });
    const result = domainEvent.safeParse({ ...event, to: "sideways", eventId: "nope" });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["eventId", "to"]);
    expect(domainEvent.safeParse({ ...event, type: "check.exploded" }).success).toBe(false);
  });

  it("lists every event type once", () => {
    expect(domainEventTypes).toHaveLength(new Set(domainEventTypes).size);
    expect(domainEventTypes).toContain("domain.verified");
  });
});
