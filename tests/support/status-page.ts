import { randomUUID } from "node:crypto";
import { checkRollups, checks, outages, pageComponents, pages } from "@/db/schema";
import { db } from "@/lib/db";
import type { PersonCtx as Ctx } from "@/lib/services/context";
import { createOwnerCtx } from "./factories";

export const uniqueSlug = (label = "page") => `${label}-${randomUUID().slice(0, 8)}`;

/** A workspace with a page showing one check per name, inserted directly: no probes, no worker. */
export async function createPageFixture(options: { names?: string[]; timeZone?: string; ctx?: Ctx; status?: "up" | "down" | "degraded" } = {}) {
  const ctx = options.ctx ?? (await createOwnerCtx());
  const slug = uniqueSlug();
  const [page] = await db
    .insert(pages)
    .values({ workspaceId: ctx.workspaceId, name: "Acme", slug, timeZone: options.timeZone ?? "UTC" })
    .returning();
  const components = [];
  for (const [position, name] of (options.names ?? ["API", "Website"]).entries()) {
    const [check] = await db
      .insert(checks)
      .values({
        workspaceId: ctx.workspaceId,
        name,
        type: "http",
        config: { type: "http", url: "https://example.com", method: "GET" },
        intervalSeconds: 60,
        status: options.status ?? "up",
      })
      .returning();
    const [component] = await db.insert(pageComponents).values({ pageId: page!.id, checkId: check!.id, name, position }).returning();
    components.push({ ...component!, checkId: check!.id });
  }
  return { ctx, page: page!, slug, components };
}

export async function insertRollup(checkId: string, resolution: "day" | "hour", bucketStart: string, runs: number, successes: number, latencySum = 0) {
  await db.insert(checkRollups).values({ checkId, resolution, bucketStart: new Date(bucketStart), runs, successes, latencySum });
}

export async function insertOutage(checkId: string, startedAt: string, endedAt: string | null, status: "down" | "degraded" = "down") {
  await db.insert(outages).values({ checkId, status, startedAt: new Date(startedAt), endedAt: endedAt ? new Date(endedAt) : null });
}
