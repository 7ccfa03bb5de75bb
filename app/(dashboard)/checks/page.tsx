import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/context";
import { describeTarget } from "@/lib/checks/describe";
import { formatInterval, formatPercent } from "@/lib/format";
import { checkConfig } from "@/lib/schemas/check-config";
import { checkListQuery, firstValues, type CheckListQuery } from "@/lib/schemas/check-list";
import { hasAnyCheck, listCheckPage } from "@/lib/services/checks/list";
import { isProbed } from "@/lib/services/checks/schedule";
import { listTags, tagsOfChecks } from "@/lib/services/checks/tags";
import { hasRole } from "@/lib/services/context";
import { sparklines } from "@/lib/services/uptime/sparkline";
import { uptimeSummaries } from "@/lib/services/uptime/summary";
import type { CheckListItem } from "./_components/check-list-row";
import { ChecksList } from "./_components/checks-list";
import { FirstCheck } from "./_components/first-check";
import { ListFilters } from "./_components/list-filters";
import { Pager } from "./_components/pager";
import { TagManager } from "./_components/tag-manager";

export const metadata: Metadata = { title: "Checks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function targetOf(config: unknown): string {
  const parsed = checkConfig.safeParse(config);
  return parsed.success ? describeTarget(parsed.data) : "invalid configuration";
}

export default async function ChecksPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const params = firstValues(await searchParams);
  const parsed = checkListQuery.safeParse(params);
  // A hand-edited link shows the whole list with the reason, rather than an error page.
  const query: CheckListQuery = parsed.success ? parsed.data : {};
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "query")}: ${issue.message}.`);
  const now = new Date();
  const [list, tags] = await Promise.all([listCheckPage(ctx, query), listTags(ctx)]);
  const checkIds = list.checks.map((check) => check.id);
  const [uptime, sparks, checkTags] = await Promise.all([
    uptimeSummaries(ctx, { checkIds, now }),
    sparklines(ctx, { checkIds, now }),
    tagsOfChecks(ctx, checkIds),
  ]);
  const canEdit = hasRole(ctx, "editor");
  const firstVisit = list.total === 0 && !(await hasAnyCheck(ctx));
  const items: CheckListItem[] = list.checks.map((check) => {
    const figures = uptime.get(check.id);
    return {
      id: check.id,
      name: check.name,
      target: targetOf(check.config),
      status: check.status,
      probed: isProbed(check.type),
      every: isProbed(check.type) ? formatInterval(check.intervalSeconds) : "–",
      lastRunAt: check.lastRunAt?.toISOString() ?? null,
      lastLatencyMs: check.lastLatencyMs,
      lastError: check.lastError,
      uptime: { h24: formatPercent(figures?.h24), d7: formatPercent(figures?.d7), d30: formatPercent(figures?.d30) },
      spark: sparks.get(check.id) ?? [],
      tags: checkTags.get(check.id) ?? [],
    };
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Checks</h1>
        {canEdit ? <Link href="/checks/new" className={buttonClass()}>New check</Link> : null}
      </div>
      {firstVisit ? (
        <FirstCheck canEdit={canEdit} />
      ) : (
        <>
          <ListFilters query={query} tags={tags} errors={errors} />
          {items.length === 0 ? (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
              No check matches these filters. <Link href="/checks" className="font-medium text-brand-700 hover:underline">Show all checks</Link>
            </div>
          ) : (
            <ChecksList checks={items} tags={tags} canEdit={canEdit} renderedAt={now.toISOString()} />
          )}
          <Pager page={list.page} pageCount={list.pageCount} total={list.total} params={params} />
          {canEdit ? <TagManager tags={tags} /> : null}
        </>
      )}
    </div>
  );
}
