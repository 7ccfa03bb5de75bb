import Link from "next/link";
import { timeAgo } from "@/lib/format";
import type { AlertRow } from "@/lib/services/alerts/history";

const stateTone = { firing: "bg-red-100 text-red-800", acknowledged: "bg-amber-100 text-amber-800", resolved: "bg-green-100 text-green-800" } as const;

/** Alerts newest first: what fired, its state, and who acknowledged it. */
export function AlertList({ alerts, showCheck = true }: { alerts: AlertRow[]; showCheck?: boolean }) {
  if (alerts.length === 0) return <p className="text-sm text-slate-600">No alerts yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl bg-white text-sm shadow-sm ring-1 ring-slate-200">
      {alerts.map((alert) => (
        <li key={alert.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${stateTone[alert.state]}`}>{alert.state}</span>
          <span className="font-medium">{alert.kind}</span>
          {showCheck && alert.checkId ? (
            <Link href={`/checks/${alert.checkId}`} className="text-brand-700 hover:underline">
              {alert.checkName ?? "check"}
            </Link>
          ) : null}
          <span className="text-slate-500">{timeAgo(alert.firedAt)}</span>
          {alert.acknowledgedAt ? (
            <span className="text-slate-600">
              acknowledged {timeAgo(alert.acknowledgedAt)}
              {alert.acknowledgedBy ? ` by ${alert.acknowledgedBy}` : ""}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
