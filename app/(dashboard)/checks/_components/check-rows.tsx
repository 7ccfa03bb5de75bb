"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { CheckStatus } from "@/lib/checks/state";
import { formatMs, timeAgo } from "@/lib/format";
import type { CheckListItem } from "./check-list-row";
import { Sparkline } from "./sparkline";
import { TagChip } from "./tag-chip";

type Props = { checks: CheckListItem[]; selected: Set<string>; onToggle: (id: string) => void; selectable: boolean; now: Date };

function LastRun({ check, now }: { check: CheckListItem; now: Date }) {
  if (!check.lastRunAt) return <>Waiting for the first run</>;
  return (
    <>
      <span className="line-clamp-2 break-words">{check.lastError ?? (check.probed ? `OK in ${formatMs(check.lastLatencyMs)}` : "OK")}</span>
      {/* The clock moves between the server render and hydration. */}
      <span className="block text-xs text-slate-400" suppressHydrationWarning>{timeAgo(new Date(check.lastRunAt), now)}</span>
    </>
  );
}

function Tags({ check }: { check: CheckListItem }) {
  if (check.tags.length === 0) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-1">
      {check.tags.map((tag) => (
        <TagChip key={tag.id} name={tag.name} colour={tag.colour} />
      ))}
    </span>
  );
}

function Select({ check, selected, onToggle }: Pick<Props, "selected" | "onToggle"> & { check: CheckListItem }) {
  return (
    <input type="checkbox" className="h-4 w-4 rounded border-slate-300" aria-label={`Select ${check.name}`} checked={selected.has(check.id)} onChange={() => onToggle(check.id)} />
  );
}

/** Wide screens: one row per check with every figure. */
export function CheckTable({ checks, selected, onToggle, selectable, now }: Props) {
  return (
    <table className="hidden min-w-full divide-y divide-slate-200 text-sm md:table">
      <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
        <tr>
          {selectable ? <th scope="col" className="w-8 px-4 py-3"><span className="sr-only">Selected</span></th> : null}
          <th scope="col" className="px-4 py-3">Name</th>
          <th scope="col" className="px-4 py-3">Status</th>
          <th scope="col" className="hidden px-4 py-3 xl:table-cell">Response time, 24 h</th>
          <th scope="col" className="whitespace-nowrap px-4 py-3 text-right">Uptime 24 h</th>
          <th scope="col" className="hidden px-4 py-3 text-right lg:table-cell">7 d</th>
          <th scope="col" className="hidden px-4 py-3 text-right lg:table-cell">30 d</th>
          <th scope="col" className="px-4 py-3">Latest result</th>
          <th scope="col" className="px-4 py-3">Every</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {checks.map((check) => (
          <tr key={check.id} className="hover:bg-slate-50" data-check-id={check.id}>
            {selectable ? <td className="px-4 py-3"><Select check={check} selected={selected} onToggle={onToggle} /></td> : null}
            <td className="px-4 py-3">
              <Link href={`/checks/${check.id}`} className="font-medium text-slate-900 hover:underline">{check.name}</Link>
              <div className="max-w-xs truncate text-xs text-slate-500" title={check.target}>{check.target}</div>
              <Tags check={check} />
            </td>
            <td className="px-4 py-3"><StatusBadge status={check.status as CheckStatus} /></td>
            <td className="hidden px-4 py-3 xl:table-cell"><Sparkline points={check.spark} label={`Response time of ${check.name} over the last 24 hours`} /></td>
            <td className="px-4 py-3 text-right tabular-nums text-slate-700">{check.uptime.h24}</td>
            <td className="hidden px-4 py-3 text-right tabular-nums text-slate-700 lg:table-cell">{check.uptime.d7}</td>
            <td className="hidden px-4 py-3 text-right tabular-nums text-slate-700 lg:table-cell">{check.uptime.d30}</td>
            <td className="max-w-xs px-4 py-3 text-slate-600"><LastRun check={check} now={now} /></td>
            <td className="px-4 py-3 text-slate-600">{check.every}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Phones: one card per check, nothing wider than the screen (issue 14, defect 7). */
export function CheckCards({ checks, selected, onToggle, selectable, now }: Props) {
  return (
    <ul className="divide-y divide-slate-100 md:hidden">
      {checks.map((check) => (
        <li key={check.id} className="flex gap-3 px-4 py-3 text-sm" data-check-id={check.id}>
          {selectable ? <div className="pt-0.5"><Select check={check} selected={selected} onToggle={onToggle} /></div> : null}
          <div className="min-w-0 flex-1 space-y-1">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/checks/${check.id}`} className="min-w-0 break-words font-medium text-slate-900 hover:underline">{check.name}</Link>
              <StatusBadge status={check.status as CheckStatus} />
            </div>
            <div className="truncate text-xs text-slate-500" title={check.target}>{check.target}</div>
            <Tags check={check} />
            <div className="flex flex-wrap gap-x-4 text-xs text-slate-600">
              <span>Uptime 24 h <span className="tabular-nums">{check.uptime.h24}</span></span>
              <span>Every {check.every}</span>
            </div>
            <div className="text-xs text-slate-600"><LastRun check={check} now={now} /></div>
          </div>
        </li>
      ))}
    </ul>
  );
}
