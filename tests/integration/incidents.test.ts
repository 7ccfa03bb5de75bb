import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidents, maintenanceComponents, maintenances, pages } from "@/db/schema";
import { db } from "@/lib/db";
import type { CheckResult } from "@/lib/checks/types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { incidentInput, incidentUpdateInput } from "@/lib/schemas/incident";
import { recordCheckRun } from "@/lib/services/checks/record-run";
import { getIncident, listIncidents } from "@/lib/services/incidents/read";
import { createIncident, postIncidentUpdate } from "@/lib/services/incidents/write";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { createOwnerCtx } from "../support/factories";
import { runReactions } from "../support/reactions";
import { createPageFixture } from "../support/status-page";

const ok: CheckResult = { ok: true, latencyMs: 40, statusCode: 200 };
const failed: CheckResult = { ok: false, latencyMs: 10, statusCode: 503, errorClass: "assertion", error: "status 503" };
let clock = Date.parse("2026-02-01T00:00:00Z");
const run = () => {
  clock += 60_000;
  return { region: "eu", scheduledAt: new Date(clock), startedAt: new Date(clock) };
};

describe("incidents from the dashboard", () => {
  it("shows declared component states until resolved, then the checks' states again", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API", "Website"] });
    const [api] = components;
    const id = await createIncident(
      ctx,
      page.id,
      incidentInput.parse({ title: "API errors", status: "investigating", impact: "major", message: "Looking", publish: "on", components: { [api!.id]: "major_outage" } }),
    );
    let snapshot = await buildPageSnapshot(page.id);
    expect(snapshot!.components.map((c) => c.state)).toEqual(["major_outage", "operational"]);
    expect(snapshot!.overall.state).toBe("partial_outage");

    await postIncidentUpdate(ctx, id, incidentUpdateInput.parse({ status: "resolved", message: "Fixed" }));
    snapshot = await buildPageSnapshot(page.id);
    expect(snapshot!.components.map((c) => c.state)).toEqual(["operational", "operational"]);
    const incident = await getIncident(ctx, id);
    expect(incident.status).toBe("resolved");
    expect(incident.resolvedAt).not.toBeNull();
    expect(incident.updates.map((u) => u.body)).toEqual(["Fixed", "Looking"]);
  });

  it("keeps drafts off the page", async () => {
    const { ctx, page } = await createPageFixture();
    await createIncident(ctx, page.id, incidentInput.parse({ title: "Draft", status: "investigating", impact: "minor", message: "Not yet" }));
    expect((await buildPageSnapshot(page.id))!.activeIncidents).toEqual([]);
    expect((await listIncidents(ctx, page.id)).map((i) => [i.title, i.published])).toEqual([["Draft", false]]);
  });

  it("names the field when the input is bad, and writes nothing", () => {
    const result = incidentInput.safeParse({ title: "", status: "broken", impact: "minor", message: "" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["title", "status", "message"]);
  });

  it("refuses another workspace's page, incident and components", async () => {
    const owner = await createPageFixture();
    const other = await createPageFixture();
    const intruder = await createOwnerCtx();
    const input = incidentInput.parse({ title: "x", status: "investigating", impact: "minor", message: "x", publish: "on" });
    await expect(createIncident(intruder, owner.page.id, input)).rejects.toBeInstanceOf(NotFoundError);
    const id = await createIncident(owner.ctx, owner.page.id, input);
    await expect(getIncident(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(postIncidentUpdate(intruder, id, incidentUpdateInput.parse({ status: "resolved", message: "mine now" }))).rejects.toBeInstanceOf(NotFoundError);
    const foreignComponent = { ...input, components: [{ componentId: other.components[0]!.id, state: "major_outage" as const }] };
    await expect(createIncident(owner.ctx, owner.page.id, foreignComponent)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("automatic incidents", () => {
  /** A run, then the reactions its state change queued, as the worker would run them. */
  async function record(checkId: string, result: CheckResult) {
    await recordCheckRun(checkId, result, run());
    await runReactions(checkId);
  }

  async function downThenUp(checkId: string) {
    await record(checkId, failed);
    await record(checkId, failed);
  }

  it("opens one published incident when a check goes down and resolves it when it is back", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const checkId = components[0]!.checkId;
    await record(checkId, ok);
    await downThenUp(checkId);
    await record(checkId, failed);
    let list = await listIncidents(ctx, page.id);
    expect(list.map((i) => [i.title, i.status, i.automatic, i.published])).toEqual([["API is down", "investigating", true, true]]);
    expect((await buildPageSnapshot(page.id))!.activeIncidents.map((i) => i.title)).toEqual(["API is down"]);

    await record(checkId, ok);
    list = await listIncidents(ctx, page.id);
    expect(list.map((i) => i.status)).toEqual(["resolved"]);
    expect((await getIncident(ctx, list[0]!.id)).updates[0]!.body).toContain("responding again after 2 min");
  });

  it("holds the incident as a draft when the page says so, and opens none when it is off", async () => {
    const drafts = await createPageFixture({ names: ["API"] });
    await db.update(pages).set({ autoIncidents: "draft" }).where(eq(pages.id, drafts.page.id));
    await downThenUp(drafts.components[0]!.checkId);
    expect((await listIncidents(drafts.ctx, drafts.page.id)).map((i) => i.published)).toEqual([false]);
    expect((await buildPageSnapshot(drafts.page.id))!.activeIncidents).toEqual([]);

    const off = await createPageFixture({ names: ["API"] });
    await db.update(pages).set({ autoIncidents: "off" }).where(eq(pages.id, off.page.id));
    await downThenUp(off.components[0]!.checkId);
    expect(await listIncidents(off.ctx, off.page.id)).toEqual([]);
  });

  it("opens no incident for a component in a maintenance window", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const [window] = await db
      .insert(maintenances)
      .values({ pageId: page.id, title: "Upgrade", startsAt: new Date(clock), endsAt: new Date(clock + 3_600_000) })
      .returning();
    await db.insert(maintenanceComponents).values({ maintenanceId: window!.id, componentId: components[0]!.id });
    await downThenUp(components[0]!.checkId);
    expect(await db.select().from(incidents).where(eq(incidents.pageId, page.id))).toEqual([]);
    expect(await listIncidents(ctx, page.id)).toEqual([]);
  });
});
