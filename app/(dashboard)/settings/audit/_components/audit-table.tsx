import Link from "next/link";
import { auditActions } from "@/lib/audit/actions";
import { auditTargetHref, describeChanges } from "@/lib/audit/present";
import type { AuditEntryRow } from "@/lib/services/audit/list";

function when(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function who(entry: AuditEntryRow): string {
  if (entry.actorType === "system") return "Pingpage (automatic)";
  return entry.actorType === "token" ? `${entry.actorLabel} (API token)` : entry.actorLabel;
}

export function AuditTable({ entries }: { entries: AuditEntryRow[] }) {
  if (entries.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
        No entries match these filters.
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3">When</th>
            <th scope="col" className="px-4 py-3">Who</th>
            <th scope="col" className="px-4 py-3">Action</th>
            <th scope="col" className="px-4 py-3">Target</th>
            <th scope="col" className="px-4 py-3">Changes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {entries.map((entry) => {
            const href = auditTargetHref(entry.targetType, entry.targetId, entry.targetRef);
            const label = entry.targetLabel ?? entry.targetType;
            return (
              <tr key={entry.id}>
                <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                  <time dateTime={entry.createdAt.toISOString()}>{when(entry.createdAt)}</time>
                </td>
                <td className="px-4 py-3">
                  {who(entry)}
                  {entry.ip ? <span className="block text-xs text-slate-500">{entry.ip}</span> : null}
                </td>
                <td className="px-4 py-3">{auditActions[entry.action as keyof typeof auditActions] ?? entry.action}</td>
                <td className="px-4 py-3">
                  <span className="text-xs uppercase text-slate-500">{entry.targetType} </span>
                  {href ? <Link href={href} className="font-medium text-brand-700 hover:underline">{label}</Link> : <span className="font-medium">{label}</span>}
                </td>
                <td className="px-4 py-3 text-slate-700">
                  <ul className="space-y-0.5">
                    {describeChanges(entry.changes).map((line) => (
                      <li key={line} className="break-all">{line}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
