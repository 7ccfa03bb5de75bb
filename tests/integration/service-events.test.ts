import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidentUpdates } from "@/db/schema";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { incidentInput, incidentUpdateInput } from "@/lib/schemas/incident";
import { maintenanceInput } from "@/lib/schemas/maintenance";
import { pageInput } from "@/lib/schemas/page";
import { createIncident, deleteIncident, postIncidentUpdate, publishIncident } from "@/lib/services/incidents/write";
import { createMaintenance, postMaintenanceUpdate } from "@/lib/services/maintenances/write";
import { setPagePassword } from "@/lib/services/pages/settings";
import { createPage, updatePage } from "@/lib/services/pages/write";
import { createOwnerCtx } from "../support/factories";
import { createPageFixture, uniqueSlug } from "../support/status-page";

type Job = { key: string | null; payload: Record<string, unknown> };

/** The page refresh jobs queued for this workspace's events, oldest first. */
async function refreshJobs(workspaceId: string): Promise<Job[]> {
  const { rows } = await db.execute<Job>(sql`
    select j.key, j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'pages__refresh' and j.payload->>'workspaceId' = ${workspaceId}
    order by j.id`);
  return rows;
}

const incident = (components: Record<string, string>, publish = "on") =>
  incidentInput.parse({ title: "API errors", status: "investigating", impact: "major", message: "Looking", publish, components });

describe("services emit their events in the change's transaction", () => {
  it("an incident's life: created, updated with the notify flag, resolved, each keyed by its event id", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const id = await createIncident(ctx, page.id, incident({ [components[0]!.id]: "major_outage" }));
    await postIncidentUpdate(ctx, id, incidentUpdateInput.parse({ status: "identified", message: "Found it", notify: "" }));
    await postIncidentUpdate(ctx, id, incidentUpdateInput.parse({ status: "resolved", message: "Fixed", notify: "on" }));

    const jobs = await refreshJobs(ctx.workspaceId);
    const facts = { incidentId: id, pageId: page.id, workspaceId: ctx.workspaceId };
    expect(jobs.map((j) => j.payload)).toEqual([
      expect.objectContaining({ type: "incident.created", ...facts, notify: true }),
      expect.objectContaining({ type: "incident.updated", ...facts, notify: false }),
      expect.objectContaining({ type: "incident.resolved", ...facts, notify: true }),
    ]);
    for (const job of jobs) expect(job.key).toBe(`pages__refresh:${String(job.payload.eventId)}`);
    const stored = await db.select({ notify: incidentUpdates.notify }).from(incidentUpdates).where(eq(incidentUpdates.incidentId, id)).orderBy(incidentUpdates.createdAt);
    expect(stored.map((u) => u.notify)).toEqual([true, false, true]);
  });

  it("a draft tells no one until it is published; deleting it changes the page", async () => {
    const { ctx, page } = await createPageFixture({ names: ["API"] });
    const id = await createIncident(ctx, page.id, incident({}, ""));
    await postIncidentUpdate(ctx, id, incidentUpdateInput.parse({ status: "identified", message: "Found it", notify: "on" }));
    await publishIncident(ctx, id);
    await deleteIncident(ctx, id);
    expect((await refreshJobs(ctx.workspaceId)).map((j) => [j.payload.type, j.payload.notify])).toEqual([
      ["incident.created", false],
      ["incident.updated", false],
      ["incident.updated", true],
      ["page.changed", undefined],
    ]);
  });

  it("maintenance is scheduled on create; its updates change the page", async () => {
    const { ctx, page } = await createPageFixture({ names: ["API"] });
    const id = await createMaintenance(
      ctx,
      page.id,
      maintenanceInput.parse({ title: "Upgrade", startsAt: "2099-01-01T10:00", endsAt: "2099-01-01T11:00", componentIds: [] }),
    );
    await postMaintenanceUpdate(ctx, id, "Still on");
    expect((await refreshJobs(ctx.workspaceId)).map((j) => j.payload)).toEqual([
      expect.objectContaining({ type: "maintenance.scheduled", maintenanceId: id, pageId: page.id }),
      expect.objectContaining({ type: "page.changed", pageId: page.id }),
    ]);
  });

  it("a renamed page names its old and new slug; a password change names the page", async () => {
    const ctx = await createOwnerCtx();
    const first = uniqueSlug();
    const second = uniqueSlug();
    const input = (slug: string) => pageInput.parse({ name: "Acme", slug, timeZone: "UTC" });
    const pageId = await createPage(ctx, input(first));
    await updatePage(ctx, pageId, input(second));
    await setPagePassword(ctx, pageId, "");
    expect((await refreshJobs(ctx.workspaceId)).map((j) => [j.payload.type, j.payload.slugs])).toEqual([
      ["page.changed", [first]],
      ["page.changed", [first, second]],
      ["page.changed", undefined],
    ]);
  });
});

describe("a change that does not happen reacts with nothing", () => {
  it("a page whose slug is taken rolls back, and its event with it", async () => {
    const owner = await createOwnerCtx();
    const other = await createOwnerCtx();
    const slug = uniqueSlug();
    await createPage(owner, pageInput.parse({ name: "Acme", slug, timeZone: "UTC" }));
    await expect(createPage(other, pageInput.parse({ name: "Copy", slug, timeZone: "UTC" }))).rejects.toBeInstanceOf(ConflictError);
    expect(await refreshJobs(other.workspaceId)).toEqual([]);
  });

  it("a viewer is refused and nothing is queued", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const viewer = { ...ctx, role: "viewer" as const, actor: { type: "user" as const, userId: ctx.userId, role: "viewer" as const } };
    await expect(createIncident(viewer, page.id, incident({ [components[0]!.id]: "major_outage" }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await refreshJobs(ctx.workspaceId)).toEqual([]);
  });
});
