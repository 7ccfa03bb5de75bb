import Link from "next/link";
import { formatMs, timeAgo } from "@/lib/format";
import type { DeliveryRow } from "@/lib/services/alerts/history";
import { DeliveryStatus } from "./delivery-status";

/** Deliveries as a table on wide screens and stacked rows on a phone. */
export function DeliveryTable({ rows, showChannel = true }: { rows: DeliveryRow[]; showChannel?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No deliveries yet.</p>;
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">When</th>
            <th scope="col" className="px-3 py-2">Message</th>
            {showChannel ? <th scope="col" className="px-3 py-2">Channel</th> : null}
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Code</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Latency</th>
            <th scope="col" className="hidden px-3 py-2 md:table-cell">Error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="whitespace-nowrap px-3 py-2">
                <Link href={`/notifications/deliveries/${row.id}`} className="text-brand-700 hover:underline">
                  {timeAgo(row.createdAt)}
                </Link>
              </td>
              <td className="px-3 py-2">
                {row.kind}
                {row.checkCount > 1 ? ` · ${row.checkCount} checks` : row.title ? ` · ${row.title}` : ""}
                {row.replayOf ? " (replay)" : ""}
              </td>
              {showChannel ? <td className="px-3 py-2">{row.channelName}</td> : null}
              <td className="px-3 py-2">
                <DeliveryStatus status={row.status} attempts={row.attempts} />
              </td>
              <td className="hidden px-3 py-2 sm:table-cell">{row.lastStatusCode ?? "—"}</td>
              <td className="hidden px-3 py-2 sm:table-cell">{formatMs(row.latencyMs)}</td>
              <td className="hidden max-w-xs truncate px-3 py-2 text-red-700 md:table-cell" title={row.error ?? undefined}>
                {row.error ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
