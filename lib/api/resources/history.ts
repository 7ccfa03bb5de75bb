import { z } from "zod";
import { checkId } from "@/lib/schemas/check";
import { isValidTimeZone } from "@/lib/status-page/zoned";
import { outagesOfCheck, runsOfCheck } from "@/lib/services/check-runs/range";
import { getCheck } from "@/lib/services/checks/read";
import { dailyBars } from "@/lib/services/uptime/daily";
import { uptimeSummaries } from "@/lib/services/uptime/summary";
import { decodeCursor, pageFrom } from "../cursor";
import { operation, pageOf, pageQuery, timestamp } from "../operation";
import { iso } from "../views";

const range = pageQuery.extend({
  from: z.iso.datetime({ offset: true, message: "from is an RFC 3339 time, like 2026-11-01T00:00:00Z" }).optional(),
  to: z.iso.datetime({ offset: true, message: "to is an RFC 3339 time, like 2026-11-02T00:00:00Z" }).optional(),
});
const dates = (query: z.infer<typeof range>) => ({ from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined });

const runView = z
  .object({ startedAt: timestamp, region: z.string(), ok: z.boolean(), latencyMs: z.number().nullable(), statusCode: z.number().int().nullable(), errorClass: z.string().nullable(), error: z.string().nullable() })
  .meta({ id: "CheckRun" });
const outageView = z
  .object({ id: z.uuid(), status: z.enum(["pending", "up", "degraded", "down", "paused"]), startedAt: timestamp, endedAt: timestamp.nullable(), cause: z.string().nullable() })
  .meta({ id: "Outage" });
const percent = z.number().nullable();
const uptimeView = z
  .object({
    windows: z.object({ h24: percent, d7: percent, d30: percent, d90: percent }).meta({ description: "Share of successful runs (0..1) over each window" }),
    days: z.array(z.object({ day: z.string(), runs: z.number().int(), successes: z.number().int(), uptimePercent: percent, downMinutes: z.number(), degradedMinutes: z.number(), outages: z.number().int() })),
  })
  .meta({ id: "Uptime" });

const params = z.object({ checkId });

export const historyOperations = [
  operation({
    id: "listCheckRuns",
    method: "GET",
    path: "/checks/{checkId}/runs",
    tag: "Checks",
    summary: "A check's runs in a time range (from inclusive, to exclusive), newest first",
    params,
    query: range,
    response: pageOf(runView),
    paginated: true,
    run: async (ctx, { params, query }) => {
      const rows = await runsOfCheck(ctx, params.checkId, dates(query), decodeCursor(query.cursor), query.limit + 1);
      const page = pageFrom(rows, query.limit, (row) => [row.startedAt.toISOString(), row.region]);
      return { items: page.items.map((row) => ({ ...row, startedAt: iso(row.startedAt) })), nextCursor: page.nextCursor };
    },
  }),
  operation({
    id: "listCheckOutages",
    method: "GET",
    path: "/checks/{checkId}/outages",
    tag: "Checks",
    summary: "A check's outages overlapping a time range, newest first",
    params,
    query: range,
    response: pageOf(outageView),
    paginated: true,
    run: async (ctx, { params, query }) => {
      const rows = await outagesOfCheck(ctx, params.checkId, dates(query), decodeCursor(query.cursor), query.limit + 1);
      const page = pageFrom(rows, query.limit, (row) => [row.startedAt.toISOString(), row.id]);
      return { items: page.items.map((row) => ({ ...row, startedAt: iso(row.startedAt), endedAt: iso(row.endedAt) })), nextCursor: page.nextCursor };
    },
  }),
  operation({
    id: "getCheckUptime",
    method: "GET",
    path: "/checks/{checkId}/uptime",
    tag: "Checks",
    summary: "A check's uptime over 24 hours, 7, 30 and 90 days, and its daily bars",
    params,
    query: z.object({
      days: z.coerce.number().int("days is a whole number").min(1, "days is at least 1").max(90, "days is at most 90").default(90),
      timeZone: z.string().max(64).refine(isValidTimeZone, "timeZone is a zone name like Europe/Paris or UTC").default("UTC"),
    }),
    response: uptimeView,
    run: async (ctx, { params, query }) => {
      await getCheck(ctx, params.checkId);
      const scope = { workspaceId: ctx.workspaceId };
      const [windows, bars] = await Promise.all([
        uptimeSummaries(scope, { checkIds: [params.checkId] }),
        dailyBars(scope, { checkIds: [params.checkId], days: query.days, timeZone: query.timeZone }),
      ]);
      return { windows: windows.get(params.checkId) ?? { h24: null, d7: null, d30: null, d90: null }, days: bars.get(params.checkId) ?? [] };
    },
  }),
];
