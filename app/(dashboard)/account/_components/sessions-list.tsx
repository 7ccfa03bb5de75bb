import { ActionButton } from "@/components/ui/action-button";
import { timeAgo } from "@/lib/format";
import { describeDevice } from "@/lib/sessions/device";
import type { SessionSummary } from "@/lib/services/sessions/manage";
import { revokeOtherSessionsAction, revokeSessionAction } from "../actions";

export function SessionsList({ sessions }: { sessions: SessionSummary[] }) {
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium">
                {describeDevice(s.userAgent)}
                {s.current ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">This device</span> : null}
              </p>
              <p className="text-xs text-slate-500">
                {s.ip ?? "Unknown address"} · last seen {timeAgo(s.lastSeenAt)} · signed in {s.createdAt.toISOString().slice(0, 10)}
              </p>
            </div>
            {s.current ? null : (
              <ActionButton action={revokeSessionAction.bind(null, s.id)} label={`Revoke ${describeDevice(s.userAgent)} session`}>
                Revoke
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <ActionButton variant="danger" action={revokeOtherSessionsAction} className="items-start">
          Sign out everywhere else
        </ActionButton>
      ) : (
        <p className="text-sm text-slate-600">You are signed in on this device only.</p>
      )}
    </div>
  );
}
