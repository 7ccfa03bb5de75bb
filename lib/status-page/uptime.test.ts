import { describe, expect, it } from "vitest";
import { formatUptime, uptimeLevel } from "./uptime";

describe("uptime arithmetic", () => {
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
