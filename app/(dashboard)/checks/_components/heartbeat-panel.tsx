import { formatInterval, formatUtc, timeAgo } from "@/lib/format";
import type { HeartbeatConfig } from "@/lib/schemas/check-config";
import { CopyButton } from "./copy-button";

type Props = { url: string; config: HeartbeatConfig; lastPingAt: Date | null };

/** The secret URL a cron job calls, with ready-to-paste examples. */
export function HeartbeatPanel({ url, config, lastPingAt }: Props) {
  const curl = `curl -fsS -m 10 --retry 3 ${url}`;
  const cron = `0 * * * * /usr/local/bin/backup.sh && ${curl} > /dev/null`;
  return (
    <section aria-labelledby="heartbeat-heading" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="heartbeat-heading" className="text-lg font-semibold">
        Heartbeat URL
      </h2>
      <p className="text-sm text-slate-600">
        Call this URL (GET or POST) each time your job runs. Pingpage expects a call every {formatInterval(config.periodSeconds)}, with{" "}
        {formatInterval(config.graceSeconds)} of grace, and marks the job down when one is missed. Keep the URL secret: anyone who has it can report
        for the job.
      </p>
      <div className="flex items-center gap-2">
        <code className="flex-1 overflow-x-auto whitespace-nowrap rounded-md bg-slate-900 px-3 py-2 font-mono text-sm text-slate-100">
          {url}
        </code>
        <CopyButton text={url} label="Copy heartbeat URL" />
      </div>
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-800">With curl, for example at the end of a crontab line</p>
        <div className="flex items-start gap-2">
          <pre className="flex-1 overflow-x-auto rounded-md bg-slate-100 px-3 py-2 font-mono text-xs text-slate-800">{cron}</pre>
          <CopyButton text={curl} label="Copy curl command" />
        </div>
      </div>
      <p className="text-sm text-slate-600">
        Last call: {lastPingAt ? `${timeAgo(lastPingAt)} (${formatUtc(lastPingAt)})` : "none yet"}
      </p>
    </section>
  );
}
