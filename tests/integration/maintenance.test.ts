import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { maintenanceInput } from "@/lib/schemas/maintenance";
import { maintenances } from "@/db/schema";
import { db } from "@/lib/db";
import { advanceDueMaintenances, advanceMaintenance } from "@/lib/services/maintenances/advance";
import { getMaintenance } from "@/lib/services/maintenances/read";
import { createMaintenance } from "@/lib/services/maintenances/write";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { toLocalDateTime } from "@/lib/status-page/zoned";
import { createPageFixture } from "../support/status-page";

const MINUTE = 60_000;

describe("maintenance windows", () => {
  it("move scheduled → in progress → completed on time, with components under maintenance in between", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["Database"], timeZone: "Europe/Paris" });
    const start = new Date(Math.ceil(Date.now() / MINUTE) * MINUTE + 10 * MINUTE);
    const end = new Date(start.getTime() + 30 * MINUTE);
    const id = await createMaintenance(
      ctx,
      page.id,
      maintenanceInput.parse({ title: "Upgrade", startsAt: toLocalDateTime(start, "Europe/Paris"), endsAt: toLocalDateTime(end, "Europe/Paris"), componentIds: [components[0]!.id] }),
    );
    const created = await getMaintenance(ctx, id);
    expect(created.startsAt.toISOString()).toBe(start.toISOString());
    expect(created.status).toBe("scheduled");
    expect((await buildPageSnapshot(page.id))!.maintenances.upcoming.map((m) => m.title)).toEqual(["Upgrade"]);

    // Time travel for this window only: the database is shared, so no test moves other rows to the future.
    const advanceAt = (now: Date) => db.transaction((tx) => advanceMaintenance(tx, id, now));
    expect(await advanceAt(new Date(start.getTime() - 1000))).toBe(false);
    expect(await advanceAt(new Date(start.getTime() + 1000))).toBe(true);
    expect((await getMaintenance(ctx, id)).status).toBe("in_progress");
    const during = await buildPageSnapshot(page.id, new Date(start.getTime() + 1000));
    expect(during!.components[0]!.state).toBe("under_maintenance");

    await advanceAt(new Date(end.getTime() + 1000));
    const done = await getMaintenance(ctx, id);
    expect(done.status).toBe("completed");
    expect(done.updates.map((u) => u.status)).toEqual(["completed", "in_progress", "scheduled"]);
    expect((await buildPageSnapshot(page.id, new Date(end.getTime() + 1000)))!.components[0]!.state).toBe("operational");
  });

  it("the minute safety net opens a window whose exact-time job was lost", async () => {
    const { ctx, page } = await createPageFixture();
    const now = Date.now();
    const [late] = await db
      .insert(maintenances)
      .values({ pageId: page.id, title: "Late", startsAt: new Date(now - MINUTE), endsAt: new Date(now + 60 * MINUTE) })
      .returning();
    expect(await advanceDueMaintenances(new Date())).toBeGreaterThanOrEqual(1);
    expect((await getMaintenance(ctx, late!.id)).status).toBe("in_progress");
  });

  it("refuses a window that ends before it starts, or components of another page", async () => {
    const bad = maintenanceInput.safeParse({ title: "x", startsAt: "2026-05-01T10:00", endsAt: "2026-05-01T09:00" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["endsAt"], message: "The window must end after it starts" });
    const mine = await createPageFixture();
    const other = await createPageFixture();
    const input = maintenanceInput.parse({ title: "x", startsAt: "2026-05-01T10:00", endsAt: "2026-05-01T11:00", componentIds: [other.components[0]!.id] });
    await expect(createMaintenance(mine.ctx, mine.page.id, input)).rejects.toBeInstanceOf(ValidationError);
  });
});
