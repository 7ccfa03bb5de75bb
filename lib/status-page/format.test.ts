import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, formatMinutes } from "./format";

describe("public page formatting", () => {
  it("shows times in the page's zone with its abbreviation", () => {
    expect(formatDateTime("2026-03-12T09:05:00Z", "UTC")).toBe("Mar 12, 2026, 09:05 UTC");
    expect(formatDateTime("2026-03-12T09:05:00Z", "America/New_York")).toBe("Mar 12, 2026, 05:05 EDT");
  });

  it("formats calendar dates and durations", () => {
    expect(formatCalendarDate("2026-03-01")).toBe("Mar 1, 2026");
    expect(formatMinutes(30)).toBe("30 min");
    expect(formatMinutes(125)).toBe("2 h 5 min");
  });
});
