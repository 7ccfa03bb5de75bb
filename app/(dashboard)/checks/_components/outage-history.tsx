import { StatusBadge } from "@/components/status-badge";
import { formatDuration, formatUtc } from "@/lib/format";

type Outage = { id: string; status: "pending" | "up" | "degraded" | "down" | "paused"; startedAt: Date; endedAt: Date | null; cause: string | null };

export function OutageHistory({ outages, now }: { outages: Outage[]; now: Date }) {
  if (outages.length === 0) return <p className="text-sm text-slate-600">No outages recorded.</p>;
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">State</th>
            <th scope="col" className="px-4 py-2">Started</th>
            <th scope="col" className="px-4 py-2">Lasted</th>
            <th scope="col" className="px-4 py-2">Cause</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {outages.map((outage) => (
            <tr key={outage.id}>
              <td className="px-4 py-2">
                <StatusBadge status={outage.status} />
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatUtc(outage.startedAt)}</td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-600">
                {outage.endedAt ? formatDuration(outage.endedAt.getTime() - outage.startedAt.getTime()) : `Ongoing, ${formatDuration(now.getTime() - outage.startedAt.getTime())}`}
              </td>
              <td className="px-4 py-2 text-slate-700">{outage.cause ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
