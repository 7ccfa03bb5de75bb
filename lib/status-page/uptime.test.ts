import { describe, expect, it } from "vitest";
import { buildUptimeDays, formatUptime, outageMinutesByDay, periodUptime, uptimeLevel } from "./uptime";
import { lastLocalDays } from "./zoned";

const at = (iso: string) => new Date(iso);

describe("outage minutes per day", () => {
  const now = at("2026-03-12T12:00:00Z");

  it("splits an outage that crosses midnight between the two days", () => {
    const days = lastLocalDays(now, "UTC", 3);
    const minutes = outageMinutesByDay([{ status: "down", startedAt: at("2026-03-10T23:50:00Z"), endedAt: at("2026-03-11T00:15:00Z") }], days, now);
    expect(Object.fromEntries(minutes)).toEqual({ "2026-03-10": 10, "2026-03-11": 15, "2026-03-12": 0 });
  });

  it("counts the same outage on different days in another time zone", () => {
    const outage = { status: "down", startedAt: at("2026-03-10T23:50:00Z"), endedAt: at("2026-03-11T00:15:00Z") };
    const paris = outageMinutesByDay([outage], lastLocalDays(now, "Europe/Paris", 3), now);
    expect(paris.get("2026-03-11")).toBe(25);
    expect(paris.get("2026-03-10")).toBe(0);
  });

  it("runs an open outage until now and never into the future", () => {
    const days = lastLocalDays(now, "UTC", 2);
    const minutes = outageMinutesByDay([{ status: "down", startedAt: at("2026-03-12T11:00:00Z"), endedAt: null }], days, now);
    expect(minutes.get("2026-03-12")).toBe(60);
  });

  it("keeps degraded time out of downtime", () => {
    const days = lastLocalDays(now, "UTC", 1);
    const outages = [{ status: "degraded", startedAt: at("2026-03-12T01:00:00Z"), endedAt: at("2026-03-12T02:00:00Z") }];
    const [day] = buildUptimeDays(days, new Map(), outages, now);
    expect(day).toEqual({ date: "2026-03-12", uptime: null, outageMinutes: 0, degradedMinutes: 60 });
  });
});

describe("uptime arithmetic", () => {
  it("weights the period by runs and says when there is no data", () => {
    expect(periodUptime([{ runs: 1000, successes: 999 }, { runs: 10, successes: 0 }])).toBeCloseTo((999 / 1010) * 100);
    expect(periodUptime([])).toBeNull();
  });

  it("never rounds a bad day up to 100%", () => {
    expect(formatUptime(99.999)).toBe("99.99%");
    expect(formatUptime(100)).toBe("100%");
    expect(formatUptime(null)).toBe("No data");
  });

  it("colours a day by its uptime and its downtime", () => {
    expect(uptimeLevel({ uptime: 100, outageMinutes: 0 })).toBe("good");
    expect(uptimeLevel({ uptime: 99.95, outageMinutes: 30 })).toBe("minor");
    expect(uptimeLevel({ uptime: 97, outageMinutes: 0 })).toBe("partial");
    expect(uptimeLevel({ uptime: 50, outageMinutes: 0 })).toBe("major");
    expect(uptimeLevel({ uptime: null, outageMinutes: 0 })).toBe("none");
  });
});
