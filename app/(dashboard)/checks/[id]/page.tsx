import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/auto-refresh";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/context";
import { describeTarget } from "@/lib/checks/describe";
import { NotFoundError } from "@/lib/errors";
import { formatInterval, formatMs, timeAgo } from "@/lib/format";
import { checkId } from "@/lib/schemas/check";
import { getCheck, recentRuns } from "@/lib/services/checks/read";
import { deleteCheckAction, togglePauseAction, updateCheckAction } from "../actions";
import { CheckForm } from "../_components/check-form";
import { RunsTable } from "../_components/runs-table";

export const metadata: Metadata = { title: "Check" };

async function load(id: string) {
  const ctx = await requireCtx();
  const parsedId = checkId.safeParse(id);
  if (!parsedId.success) notFound();
  try {
    const check = await getCheck(ctx, parsedId.data);
    return { check, runs: await recentRuns(ctx, check.id, 30) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function CheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { check, runs } = await load((await params).id);
  const config = check.config;
  const http = config.type === "http" ? config : null;
  const status = http?.assertions.find((a) => a.type === "status");
  return (
    <div className="space-y-8">
      <AutoRefresh seconds={10} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{check.name}</h1>
          <p className="text-sm text-slate-600">
            {describeTarget(config)} · every {formatInterval(check.intervalSeconds)}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <StatusBadge status={check.status} />
          <form action={togglePauseAction.bind(null, check.id, !check.paused)}>
            <Button variant="secondary" type="submit">
              {check.paused ? "Resume" : "Pause"}
            </Button>
          </form>
          <form action={deleteCheckAction.bind(null, check.id)}>
            <Button variant="danger" type="submit">
              Delete
            </Button>
          </form>
        </div>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label="Last run" value={timeAgo(check.lastRunAt)} />
        <Stat label="Response time" value={formatMs(check.lastLatencyMs)} />
        <Stat label="Last error" value={check.lastError ?? "None"} />
      </dl>
      <section aria-labelledby="runs-heading" className="space-y-3">
        <h2 id="runs-heading" className="text-lg font-semibold">Recent runs</h2>
        <RunsTable runs={runs} />
      </section>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">Settings</h2>
        {http ? (
          <CheckForm
          action={updateCheckAction.bind(null, check.id)}
          submitLabel="Save changes"
          initial={{
            name: check.name,
            url: http.url,
            method: http.method,
            expectedStatus: status?.expected ?? "200-299",
            intervalSeconds: check.intervalSeconds,
            timeoutMs: check.timeoutMs,
            failureThreshold: check.failureThreshold,
          }}
          />
        ) : (
          <p className="text-sm text-slate-600">This check type is edited through the API.</p>
        )}
      </section>
    </div>
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
