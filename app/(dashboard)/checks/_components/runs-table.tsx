import { formatMs, formatUtc, timeAgo } from "@/lib/format";

type Run = { startedAt: Date; region: string; ok: boolean; latencyMs: number | null; statusCode: number | null; errorClass: string | null; error: string | null };

const errorClassLabel: Record<string, string> = {
  dns: "DNS",
  refused: "Refused",
  timeout: "Timeout",
  tls: "TLS",
  assertion: "Assertion",
  network: "Network",
  blocked: "Blocked",
  config: "Configuration",
};

/** Heartbeat and composite runs have no status code or response time: `probed` false leaves those columns out. */
export function RunsTable({ runs, emptyText, probed }: { runs: Run[]; emptyText: string; probed: boolean }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">{emptyText}</p>;
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">When</th>
            <th scope="col" className="px-4 py-2">Result</th>
            {probed ? (
              <>
                <th scope="col" className="px-4 py-2">Status code</th>
                <th scope="col" className="px-4 py-2">Time</th>
              </>
            ) : null}
            <th scope="col" className="px-4 py-2">Region</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <tr key={`${run.startedAt.toISOString()}-${run.region}`}>
              <td className="whitespace-nowrap px-4 py-2 text-slate-600" title={formatUtc(run.startedAt)}>
                {timeAgo(run.startedAt)}
              </td>
              <td className={`px-4 py-2 ${run.ok ? "text-emerald-700" : "text-red-700"}`}>
                {run.ok ? (
                  "OK"
                ) : (
                  <>
                    {run.errorClass ? (
                      <span className="mr-2 inline-block rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-700 ring-1 ring-red-200">
                        {errorClassLabel[run.errorClass] ?? run.errorClass}
                      </span>
                    ) : null}
                    {run.error ?? "Failed"}
                  </>
                )}
              </td>
              {probed ? (
                <>
                  <td className="px-4 py-2 text-slate-600">{run.statusCode ?? "–"}</td>
                  <td className="px-4 py-2 tabular-nums text-slate-600">{formatMs(run.latencyMs)}</td>
                </>
              ) : null}
              <td className="px-4 py-2 text-slate-600">{run.region}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
