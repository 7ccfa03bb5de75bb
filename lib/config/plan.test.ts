import { describe, expect, it } from "vitest";
import { configFile } from "./schema";
import { describePlan, planChanges } from "./plan";

const http = (key: string, url: string, extra: object = {}) => ({ key, name: key.toUpperCase(), config: { type: "http", url }, ...extra });
const file = (input: object) => configFile.parse(input);

describe("planChanges", () => {
  it("lists creates, field-by-field updates, and deletes only when pruning", () => {
    const desired = file({ checks: [http("api", "https://example.com/v2"), http("web", "https://example.com")] });
    const current = file({ checks: [http("api", "https://example.com/v1", { intervalSeconds: 30 }), http("old", "https://old.example.com")] });
    const kept = planChanges(desired, current, { prune: false });
    expect(kept.changes.map((change) => [change.action, change.key])).toEqual([["update", "api"], ["create", "web"]]);
    expect(kept.unmanaged).toEqual([{ section: "checks", key: "old" }]);
    expect(kept.changes[0]).toMatchObject({ fields: [{ field: "intervalSeconds", from: 30, to: 60 }, { field: "config.url", from: "https://example.com/v1", to: "https://example.com/v2" }] });
    const pruned = planChanges(desired, current, { prune: true });
    expect(pruned.changes.at(-1)).toEqual({ action: "delete", section: "checks", key: "old" });
    expect(describePlan(pruned)).toContain("Plan: 1 to create, 1 to update, 1 to delete.");
  });

  it("plans nothing when the server holds the same resources, its secrets read back as kept", () => {
    const desired = file({ checks: [http("api", "https://example.com", { tags: ["b", "a"], config: { type: "http", url: "https://example.com", auth: { type: "bearer", token: "t0ken" } } })] });
    const current = file({ checks: [http("api", "https://example.com", { tags: ["a", "b"], config: { type: "http", url: "https://example.com", auth: { type: "bearer", token: "__pingpage_kept_secret__" } } })] });
    const plan = planChanges(desired, current, { prune: true });
    expect(plan.changes).toEqual([]);
    expect(describePlan(plan)).toBe("No changes.");
  });
});
