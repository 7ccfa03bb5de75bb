import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { StatusBadge } from "@/components/status-badge";
import { buttonClass } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/context";
import { describeTarget } from "@/lib/checks/describe";
import { formatInterval, formatMs, formatPercent, timeAgo } from "@/lib/format";
import { checkConfig } from "@/lib/schemas/check-config";
import { listChecks } from "@/lib/services/checks/read";
import { isProbed } from "@/lib/services/checks/schedule";
import { sparklines } from "@/lib/services/uptime/sparkline";
import { uptimeSummaries } from "@/lib/services/uptime/summary";
import { Sparkline } from "./_components/sparkline";

export const metadata: Metadata = { title: "Checks" };

function targetOf(config: unknown): string {
  const parsed = checkConfig.safeParse(config);
  if (!parsed.success) return "invalid configuration";
  return describeTarget(parsed.data);
}

export default async function ChecksPage() {
  const ctx = await requireCtx();
  const now = new Date();
  const [checks, uptime, sparks] = await Promise.all([listChecks(ctx), uptimeSummaries(ctx, { now }), sparklines(ctx, { now })]);
  return (
    <div className="space-y-6">
      <AutoRefresh seconds={10} />
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Checks</h1>
        <Link href="/checks/new" className={buttonClass()}>
          New check
        </Link>
      </div>
      {checks.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="font-medium">No checks yet</h2>
          <p className="mt-1 text-sm text-slate-600">Create a check to start monitoring a URL.</p>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3">Response time, 24 h</th>
                <th scope="col" className="px-4 py-3 text-right">Uptime 24 h</th>
                <th scope="col" className="px-4 py-3 text-right">7 d</th>
                <th scope="col" className="px-4 py-3 text-right">30 d</th>
                <th scope="col" className="px-4 py-3">Latest result</th>
                <th scope="col" className="px-4 py-3">Every</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {checks.map((check) => {
                const figures = uptime.get(check.id);
                return (
                  <tr key={check.id} className="hover:bg-slate-50">
                    <td className="px-4 py-3">
                      <Link href={`/checks/${check.id}`} className="font-medium text-slate-900 hover:underline">
                        {check.name}
                      </Link>
                      <div className="max-w-xs truncate text-xs text-slate-500">{targetOf(check.config)}</div>
                    </td>
                    <td className="px-4 py-3">
                      <StatusBadge status={check.status} />
                    </td>
                    <td className="px-4 py-3">
                      <Sparkline points={sparks.get(check.id) ?? []} label={`Response time of ${check.name} over the last 24 hours`} />
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums text-slate-700">{formatPercent(figures?.h24)}</td>
                    <td className="px-4 py-3 text-right tabular-nums text-slate-700">{formatPercent(figures?.d7)}</td>
                    <td className="px-4 py-3 text-right tabular-nums text-slate-700">{formatPercent(figures?.d30)}</td>
                    <td className="max-w-xs px-4 py-3 text-slate-600">
                      {check.lastRunAt ? (
                        <>
                          <span className="line-clamp-2">{check.lastError ?? (isProbed(check.type) ? `OK in ${formatMs(check.lastLatencyMs)}` : "OK")}</span>
                          <span className="block text-xs text-slate-400">{timeAgo(check.lastRunAt)}</span>
                        </>
                      ) : (
                        "Waiting for the first run"
                      )}
                    </td>
                    <td className="px-4 py-3 text-slate-600">{isProbed(check.type) ? formatInterval(check.intervalSeconds) : "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
