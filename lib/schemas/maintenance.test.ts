import { describe, expect, it } from "vitest";
import { maintenanceInput } from "./maintenance";

const window = (startsAt: string, endsAt = "2099-01-01T00:00") => maintenanceInput.safeParse({ title: "Upgrade", startsAt, endsAt });

describe("maintenance window times", () => {
  it.each(["2026-13-45T25:61", "2026-02-30T10:00", "2026-04-31T10:00", "2026-01-01T24:00", "2026-01-01T10:60", "0000-01-01T00:00"])("refuse %s, which is no date", (startsAt) => {
    const parsed = window(startsAt);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["startsAt"], message: "Enter a date and time that exists, like 2030-01-31T09:00" });
  });

  it.each(["2028-02-29T23:59", "2030-01-31T09:00", "2026-12-31T00:00"])("accept %s", (startsAt) => {
    expect(window(startsAt).success).toBe(true);
  });
});
