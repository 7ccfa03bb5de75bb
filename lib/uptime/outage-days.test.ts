import { describe, expect, it } from "vitest";
import { lastLocalDays } from "@/lib/status-page/zoned";
import { outageMinutesByDay } from "./outage-days";

const at = (iso: string) => new Date(iso);

describe("outageMinutesByDay", () => {
  const now = at("2026-03-10T12:00:00Z");
  const days = lastLocalDays(now, "UTC", 3);

  it("cuts an outage that spans midnight between the two days", () => {
    const byDay = outageMinutesByDay([{ status: "down", startedAt: at("2026-03-08T23:30:00Z"), endedAt: at("2026-03-09T00:45:00Z") }], days, now);
    expect(byDay.get("2026-03-08")).toEqual({ downMinutes: 30, degradedMinutes: 0, outages: 1 });
    expect(byDay.get("2026-03-09")).toEqual({ downMinutes: 45, degradedMinutes: 0, outages: 1 });
    expect(byDay.get("2026-03-10")).toEqual({ downMinutes: 0, degradedMinutes: 0, outages: 0 });
  });

  it("counts the same outage on different days in another time zone", () => {
    const outage = { status: "down", startedAt: at("2026-03-08T23:50:00Z"), endedAt: at("2026-03-09T00:15:00Z") };
    const paris = outageMinutesByDay([outage], lastLocalDays(now, "Europe/Paris", 3), now);
    expect(paris.get("2026-03-09")?.downMinutes).toBe(25);
    expect(paris.get("2026-03-08")?.downMinutes).toBe(0);
  });

  it("counts an open outage up to now, not to the end of today, and shows one that began seconds ago", () => {
    const byDay = outageMinutesByDay([{ status: "down", startedAt: at("2026-03-10T11:00:00Z"), endedAt: null }], days, now);
    expect(byDay.get("2026-03-10")?.downMinutes).toBe(60);
    const fresh = outageMinutesByDay([{ status: "down", startedAt: at("2026-03-10T11:59:50Z"), endedAt: null }], days, now);
    expect(fresh.get("2026-03-10")?.downMinutes).toBe(1);
  });

  it("keeps degraded time apart from down time and rounds a short outage up to a minute", () => {
    const byDay = outageMinutesByDay(
      [
        { status: "degraded", startedAt: at("2026-03-09T10:00:00Z"), endedAt: at("2026-03-09T10:10:00Z") },
        { status: "down", startedAt: at("2026-03-09T11:00:00Z"), endedAt: at("2026-03-09T11:00:20Z") },
      ],
      days,
      now,
    );
    expect(byDay.get("2026-03-09")).toEqual({ downMinutes: 1, degradedMinutes: 10, outages: 2 });
  });

  it("gives a whole day to an outage that covers it", () => {
    const byDay = outageMinutesByDay([{ status: "down", startedAt: at("2026-03-01T00:00:00Z"), endedAt: null }], days, now);
    expect(byDay.get("2026-03-08")?.downMinutes).toBe(1440);
    expect(byDay.get("2026-03-10")?.downMinutes).toBe(720);
  });
});
