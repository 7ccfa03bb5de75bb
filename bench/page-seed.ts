import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { checks, incidentComponents, incidents, incidentUpdates, maintenanceComponents, maintenances, pageComponents, pages, users, workspaceMembers, workspaces } from "@/db/schema";
import type { Database } from "@/lib/db";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * A realistic page for benchmarks and screenshots: `count` components in groups, 90 days of day and
 * hour rollups, a few outages, a resolved and an open incident, and a maintenance window.
 */
export async function seedBenchPage(db: Database, count = 20, now = new Date()): Promise<{ slug: string; pageId: string }> {
  const [user] = await db.insert(users).values({ email: `bench-${randomUUID()}@example.test`, name: "Bench" }).returning();
  const [workspace] = await db.insert(workspaces).values({ name: "Bench" }).returning();
  await db.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user!.id, role: "owner" });
  const slug = `bench-${randomUUID().slice(0, 8)}`;
  const [page] = await db
    .insert(pages)
    .values({ workspaceId: workspace!.id, name: "Acme Cloud", slug, description: "Live status of Acme's services.", websiteUrl: "https://example.com", brandColor: "#4f46e5" })
    .returning();
  const groups = ["Core", "APIs", "Regions", null];
  const componentIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const [check] = await db
      .insert(checks)
      .values({ workspaceId: workspace!.id, name: `Service ${i + 1}`, type: "http", config: { type: "http", url: "https://example.com", method: "GET" }, intervalSeconds: 60, paused: true, status: i === 3 ? "degraded" : "up" })
      .returning();
    const [component] = await db
      .insert(pageComponents)
      .values({ pageId: page!.id, checkId: check!.id, name: ["Website", "API", "Dashboard", "Search", "Webhooks", "Billing"][i] ?? `Service ${i + 1}`, groupName: groups[Math.floor(i / 5)] ?? null, position: i, showResponseTime: i < 2 })
      .returning();
    componentIds.push(component!.id);
    // Day rollups for 90 days and hour rollups for the same span: what the check engine keeps.
    await db.execute(sql`
      insert into check_rollups (check_id, resolution, bucket_start, runs, successes, latency_sum)
      select ${check!.id}, 'day', d, 1440, 1440 - (case when random() < 0.08 then (random() * 60)::int else 0 end), 1440 * (80 + random() * 40)
      from generate_series(date_trunc('day', ${now.toISOString()}::timestamptz at time zone 'UTC') at time zone 'UTC' - interval '90 days', ${now.toISOString()}::timestamptz, interval '1 day') d`);
    await db.execute(sql`
      insert into check_rollups (check_id, resolution, bucket_start, runs, successes, latency_sum)
      select ${check!.id}, 'hour', h, 60, 60, 60 * (80 + 40 * sin(extract(epoch from h) / 20000.0) + random() * 20)
      from generate_series(date_trunc('hour', ${now.toISOString()}::timestamptz) - interval '90 days', ${now.toISOString()}::timestamptz, interval '1 hour') h`);
    await db.execute(sql`
      insert into outages (check_id, status, started_at, ended_at, cause)
      values (${check!.id}, 'down', ${new Date(now.getTime() - (10 + i) * DAY - 3 * HOUR).toISOString()}::timestamptz, ${new Date(now.getTime() - (10 + i) * DAY - 2 * HOUR - 20 * 60_000).toISOString()}::timestamptz, 'timeout')`);
  }
  const [resolved] = await db
    .insert(incidents)
    .values({ pageId: page!.id, title: "Elevated API error rates", impact: "major", status: "resolved", startedAt: new Date(now.getTime() - 3 * DAY), resolvedAt: new Date(now.getTime() - 3 * DAY + 2 * HOUR) })
    .returning();
  await db.insert(incidentUpdates).values([
    { incidentId: resolved!.id, status: "investigating", body: "We are seeing **elevated error rates** on the API.", createdAt: new Date(now.getTime() - 3 * DAY) },
    { incidentId: resolved!.id, status: "resolved", body: "A bad deploy was rolled back. All requests succeed again.", createdAt: new Date(now.getTime() - 3 * DAY + 2 * HOUR) },
  ]);
  const [open] = await db.insert(incidents).values({ pageId: page!.id, title: "Slow search results", impact: "minor", status: "identified", startedAt: new Date(now.getTime() - HOUR) }).returning();
  await db.insert(incidentComponents).values({ incidentId: open!.id, componentId: componentIds[3]!, state: "degraded_performance" });
  await db.insert(incidentUpdates).values({ incidentId: open!.id, status: "identified", body: "Search is slow for some customers. We found the cause:\n\n- an index rebuild\n- running during peak hours", createdAt: new Date(now.getTime() - HOUR) });
  const [window] = await db
    .insert(maintenances)
    .values({ pageId: page!.id, title: "Database upgrade", description: "Billing will be read-only for up to 30 minutes.", startsAt: new Date(now.getTime() + 2 * DAY), endsAt: new Date(now.getTime() + 2 * DAY + HOUR) })
    .returning();
  await db.insert(maintenanceComponents).values({ maintenanceId: window!.id, componentId: componentIds[5]! });
  return { slug, pageId: page!.id };
}
