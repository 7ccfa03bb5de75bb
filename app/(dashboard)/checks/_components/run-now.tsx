"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { formatMs } from "@/lib/format";
import type { RunNowState } from "../[id]/actions";

const phases = [
  ["dnsMs", "DNS lookup"],
  ["connectMs", "TCP connect"],
  ["tlsMs", "TLS handshake"],
  ["firstByteMs", "Time to first byte"],
  ["totalMs", "Total"],
] as const;

/** Probes the check once from this server and shows the result; the run is not recorded. */
export function RunNow({ action }: { action: (prev: RunNowState, formData: FormData) => Promise<RunNowState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const result = state.result;
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Running…" : "Run now"}</Button>
      <ActionMessage state={state} />
      {result ? (
        <section aria-label="Result of the manual run" className="w-72 rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200">
          <p className={`font-medium ${result.ok ? "text-emerald-700" : "text-red-700"}`} role="status">
            {result.ok ? "Passed" : "Failed"}
            {result.statusCode ? ` · HTTP ${result.statusCode}` : ""} in {formatMs(result.latencyMs)}
          </p>
          {result.error ? <p className="mt-1 break-words text-slate-700">{result.error}</p> : null}
          <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-0.5">
            {phases.map(([key, label]) => (
              <div key={key} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-right tabular-nums">{formatMs(result.timings?.[key])}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-slate-500">Not recorded: a manual run changes no state, outage or uptime figure.</p>
        </section>
      ) : null}
    </form>
  );
}
