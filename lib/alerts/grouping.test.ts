import { describe, expect, it } from "vitest";
import { escalationDueAt, formatDuration, nextReminderAt } from "./follow-ups";
import { decideGrouping } from "./grouping";

const now = new Date("2026-01-01T00:00:00Z");

describe("grouping", () => {
  it("sends the first change after a quiet spell at once and gathers the rest until the window ends", () => {
    expect(decideGrouping(null, now, 30)).toEqual({ send: "now", windowEndsAt: new Date("2026-01-01T00:00:30Z") });
    const open = new Date("2026-01-01T00:00:10Z");
    expect(decideGrouping(open, now, 30)).toEqual({ send: "gather", windowEndsAt: open });
    expect(decideGrouping(new Date("2025-12-31T23:59:59Z"), now, 30).send).toBe("now");
  });
});

describe("follow-ups", () => {
  const policy = { reminderMinutes: 10, reminderCap: 2, escalation: [{ afterMinutes: 5, channelIds: ["a"] }, { afterMinutes: 15, channelIds: ["b"] }] };
  it("reminds every N minutes up to the cap", () => {
    expect(nextReminderAt(policy, 0, now)).toEqual(new Date("2026-01-01T00:10:00Z"));
    expect(nextReminderAt(policy, 2, now)).toBeNull();
    expect(nextReminderAt({ ...policy, reminderMinutes: null }, 0, now)).toBeNull();
  });
  it("escalates step by step from the first alert", () => {
    expect(escalationDueAt(policy, 1, now)).toEqual(new Date("2026-01-01T00:15:00Z"));
    expect(escalationDueAt(policy, 2, now)).toBeNull();
  });
  it("formats an outage's duration", () => {
    expect(formatDuration(42)).toBe("42 s");
    expect(formatDuration(3900)).toBe("1 h 5 min");
  });
});
