import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { StatusBadge } from "@/components/status-badge";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { medianPhases } from "@/lib/check-runs/phases";
import { describeTarget } from "@/lib/checks/describe";
import { env } from "@/lib/env";
import { formatInterval, formatMs, formatPercent, timeAgo } from "@/lib/format";
import { responseTimeRange, type ResponseTimeRange } from "@/lib/schemas/uptime";
import { listChecks, recentRuns } from "@/lib/services/checks/read";
import { isProbed } from "@/lib/services/checks/schedule";
import { listOutages } from "@/lib/services/outages/list";
import { dailyBars } from "@/lib/services/uptime/daily";
import { responseTimeSeries } from "@/lib/services/uptime/response-times";
import { hasRole } from "@/lib/services/context";
import { uptimeSummaries } from "@/lib/services/uptime/summary";
import { listTags, tagsOfChecks } from "@/lib/services/checks/tags";
import { deleteCheckAction, togglePauseAction } from "../actions";
import { CheckTagsForm } from "../_components/check-tags-form";
import { CloneCheck } from "../_components/clone-check";
import { RunNow } from "../_components/run-now";
import { TagChip } from "../_components/tag-chip";
import { cloneCheckAction, runNowAction, setCheckTagsAction } from "./actions";
import { DailyBars } from "../_components/daily-bars";
import { DeleteCheckButton } from "../_components/delete-check-button";
import { HeartbeatPanel } from "../_components/heartbeat-panel";
import { OutageHistory } from "../_components/outage-history";
import { RecentAlerts } from "../_components/recent-alerts";
import { ResponseTimeChart } from "../_components/response-time-chart";
import { RunsTable } from "../_components/runs-table";
import { TimingBreakdown } from "../_components/timing-breakdown";
import { chartPoints } from "./chart-points";
import { loadCheck } from "./load";

export const metadata: Metadata = { title: "Check" };

const ranges: ResponseTimeRange[] = ["24h", "7d", "30d", "90d"];
const emptyRunsText: Record<string, string> = {
  heartbeat: "No calls yet. Each call to the heartbeat URL, and each missed one, is listed here.",
  composite: "No evaluation yet: it waits until its member checks have results.",
};

async function publicBaseUrl(): Promise<string> {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/$/, "");
  const request = await headers();
  return `${request.get("x-forwarded-proto") ?? "http"}://${request.get("host") ?? "localhost"}`;
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ range?: string }> };

export default async function CheckPage({ params, searchParams }: Props) {
  const { ctx, check } = await loadCheck((await params).id);
  const range = responseTimeRange.parse((await searchParams).range);
  const now = new Date();
  const scope = { checkIds: [check.id], now };
  const [runs, outages, uptime, bars, series, workspaceChecks, tags, checkTags] = await Promise.all([
    recentRuns(ctx, check.id, 50),
    listOutages(ctx, check.id),
    uptimeSummaries(ctx, scope),
    dailyBars(ctx, scope),
    responseTimeSeries(ctx, { checkId: check.id, range, now }),
    check.config.type === "composite" ? listChecks(ctx) : Promise.resolve([]),
    listTags(ctx),
    tagsOfChecks(ctx, [check.id]),
  ]);
  const chosenTags = checkTags.get(check.id) ?? [];
  const config = check.config;
  const figures = uptime.get(check.id);
  const probed = isProbed(config.type);
  return (
    <div className="space-y-8">
      <AutoRefresh seconds={15} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{check.name}</h1>
          <p className="text-sm text-slate-600">
            {describeTarget(config)}
            {probed ? ` · every ${formatInterval(check.intervalSeconds)}` : null}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-3">
          <StatusBadge status={check.status} />
          {hasRole(ctx, "editor") ? (
            <>
              {probed ? <RunNow action={runNowAction.bind(null, check.id)} /> : null}
              <CloneCheck action={cloneCheckAction.bind(null, check.id)} />
              <Link href={`/checks/${check.id}/edit`} className={buttonClass("secondary")}>
                Edit
              </Link>
              <ActionButton action={togglePauseAction.bind(null, check.id, !check.paused)}>{check.paused ? "Resume" : "Pause"}</ActionButton>
              <DeleteCheckButton name={check.name} action={deleteCheckAction.bind(null, check.id)} />
            </>
          ) : null}
        </div>
      </div>

      {hasRole(ctx, "editor") ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-700">
            Tags{" "}
            {chosenTags.map((tag) => <TagChip key={tag.id} name={tag.name} colour={tag.colour} />)}
          </summary>
          <div className="mt-2">
            <CheckTagsForm tags={tags} chosen={chosenTags.map((tag) => tag.id)} action={setCheckTagsAction.bind(null, check.id)} />
          </div>
        </details>
      ) : chosenTags.length > 0 ? (
        <p className="flex flex-wrap gap-1">{chosenTags.map((tag) => <TagChip key={tag.id} name={tag.name} colour={tag.colour} />)}</p>
      ) : null}

      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        <Stat label="Uptime 24 h" value={formatPercent(figures?.h24)} />
        <Stat label="Uptime 7 d" value={formatPercent(figures?.d7)} />
        <Stat label="Uptime 30 d" value={formatPercent(figures?.d30)} />
        <Stat label="Uptime 90 d" value={formatPercent(figures?.d90)} />
        <Stat label={config.type === "heartbeat" ? "Last call" : "Last run"} value={timeAgo(config.type === "heartbeat" ? check.lastPingAt : check.lastRunAt)} />
        <Stat label={probed ? "Response time" : "Last error"} value={probed ? formatMs(check.lastLatencyMs) : (check.lastError ?? "None")} />
      </dl>
      {probed && check.lastError ? <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-200">Last error: {check.lastError}</p> : null}

      {config.type === "heartbeat" && check.heartbeatToken ? (
        <HeartbeatPanel url={`${await publicBaseUrl()}/api/heartbeat/${check.heartbeatToken}`} config={config} lastPingAt={check.lastPingAt} />
      ) : null}
      {config.type === "heartbeat" && !check.heartbeatToken ? (
        <p className="text-sm text-slate-600">The heartbeat URL is a secret: editors of this workspace can see it.</p>
      ) : null}
      {config.type === "composite" ? (
        <Section id="members" title="Member checks">
          <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {workspaceChecks
              .filter((member) => config.checkIds.includes(member.id))
              .map((member) => (
                <li key={member.id} className="flex items-center justify-between px-4 py-2 text-sm">
                  <Link href={`/checks/${member.id}`} className="font-medium hover:underline">
                    {member.name}
                  </Link>
                  <StatusBadge status={member.status} />
                </li>
              ))}
          </ul>
        </Section>
      ) : null}

      <Section id="uptime" title="Last 90 days">
        <DailyBars bars={bars.get(check.id) ?? []} />
      </Section>

      {probed ? (
        <Section id="response-time" title="Response time">
          <nav aria-label="Chart range" className="flex gap-1">
            {ranges.map((r) => (
              <Link key={r} href={`?range=${r}`} aria-current={r === range ? "page" : undefined} className={buttonClass(r === range ? "primary" : "ghost", "px-2.5 py-1")}>
                {r}
              </Link>
            ))}
          </nav>
          <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <ResponseTimeChart points={chartPoints(series, range)} />
            <p className="mt-2 text-xs text-slate-500">Times in UTC. Average and 95th percentile of successful runs.</p>
          </div>
        </Section>
      ) : null}
      {probed ? (
        <Section id="timings" title="Where the time goes">
          <TimingBreakdown breakdown={medianPhases(runs)} />
        </Section>
      ) : null}

      <Section id="runs" title="Recent runs">
        <RunsTable runs={runs.slice(0, 30)} probed={probed} emptyText={emptyRunsText[config.type] ?? "No runs yet. The first one starts within seconds."} />
      </Section>
      <Section id="outages" title="Outage history">
        <OutageHistory outages={outages} now={now} />
      </Section>
      <Section id="alerts" title="Recent alerts">
        <RecentAlerts ctx={ctx} checkId={check.id} />
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 truncate text-sm font-medium text-slate-900" title={value}>
        {value}
      </dd>
    </div>
  );
}
