import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { alertEventLabels, type AlertEvent } from "@/lib/alerts/kinds";
import { timeAgo } from "@/lib/format";
import type { CheckAlerting } from "@/lib/services/alerts/policies/read";
import { acknowledgeAlertAction, setAlertsOptOutAction } from "../[id]/alert-actions";

type Props = { checkId: string; alerting: CheckAlerting; canEdit: boolean };

/** Which policies alert about this check, its open alerts with Acknowledge, and the opt-out switch. */
export function AlertingPanel({ checkId, alerting, canEdit }: Props) {
  const path = `/checks/${checkId}`;
  return (
    <div className="space-y-3 rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      {alerting.optedOut ? (
        <p>This check alerts no one: it opted out of every policy.</p>
      ) : alerting.policies.length === 0 ? (
        <p>
          No policy covers this check. <Link href="/notifications/policies" className="underline">Alert policies</Link>
        </p>
      ) : (
        <p>
          Alerts go out under:{" "}
          {alerting.policies.map((policy, index) => (
            <span key={policy.id}>
              {index > 0 ? ", " : ""}
              <Link href={`/notifications/policies/${policy.id}`} className="font-medium underline">
                {policy.name}
              </Link>
              {policy.enabled ? "" : " (off)"}
            </span>
          ))}
        </p>
      )}
      {alerting.openAlerts.length > 0 ? (
        <ul className="divide-y divide-slate-100">
          {alerting.openAlerts.map((alert) => (
            <li key={alert.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {alertEventLabels[alert.kind as AlertEvent] ?? alert.kind} · {timeAgo(alert.firedAt)} · {alert.state === "acknowledged" ? "acknowledged" : "firing"}
              </span>
              {alert.state === "firing" ? (
                <ActionButton action={acknowledgeAlertAction.bind(null, alert.id, path)} variant="primary" label={`Acknowledge the ${alert.kind} alert`}>
                  Acknowledge
                </ActionButton>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <ActionButton action={setAlertsOptOutAction.bind(null, checkId, !alerting.optedOut)}>{alerting.optedOut ? "Turn alerts back on" : "Turn alerts off for this check"}</ActionButton>
      ) : null}
    </div>
  );
}
