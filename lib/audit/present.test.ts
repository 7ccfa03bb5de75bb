import { describe, expect, it } from "vitest";
import { auditTargetHref, describeChanges } from "./present";

describe("audit log presentation", () => {
  it("links each kind of target to its page, and nothing once it is gone", () => {
    expect(auditTargetHref("check", "c1", "c1")).toBe("/checks/c1");
    expect(auditTargetHref("incident", "i1", "p1")).toBe("/pages/p1/incidents/i1");
    expect(auditTargetHref("maintenance", "m1", "p1")).toBe("/pages/p1/maintenance/m1");
    expect(auditTargetHref("domain", "d1", "p1")).toBe("/pages/p1/domains");
    expect(auditTargetHref("member", "u1", "members")).toBe("/settings/members");
    expect(auditTargetHref("check", "c1", null)).toBeNull();
    expect(auditTargetHref("workspace", "w1", "w1")).toBeNull();
  });

  it("describes changes, saying only that a hidden field changed", () => {
    expect(
      describeChanges([
        { field: "name", before: "API", after: "API v2" },
        { field: "regions", after: ["eu", "us"] },
        { field: "role", before: "editor" },
        { field: "description", before: null, after: "Hi" },
        { field: "config.auth", hidden: true },
      ]),
    ).toEqual(["name: API → API v2", "regions: eu, us", "role was editor", "description: (none) → Hi", "config.auth changed (hidden)"]);
  });
});
