import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/context";
import { alertHistoryQuery } from "@/lib/schemas/alert-channel";
import { listChannels } from "@/lib/services/alerts/channels";
import { HISTORY_PAGE_SIZE, listAlerts, listDeliveries } from "@/lib/services/alerts/history";
import { listCheckOptions } from "@/lib/services/checks/read";
import { AlertList } from "../_components/alert-list";
import { DeliveryTable } from "../_components/delivery-table";
import { NotificationsTabs } from "../_components/notifications-tabs";

export const metadata: Metadata = { title: "Alert history" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const selectClass = "rounded-md border-0 bg-white px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300";

export default async function HistoryPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const query = alertHistoryQuery.parse(await searchParams);
  const [{ rows, total }, alerts, channels, checks] = await Promise.all([
    listDeliveries(ctx, query),
    listAlerts(ctx, { checkId: query.checkId, limit: 20 }),
    listChannels(ctx),
    listCheckOptions(ctx),
  ]);
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (query.checkId) params.set("checkId", query.checkId);
    if (query.channelId) params.set("channelId", query.channelId);
    if (query.status) params.set("status", query.status);
    params.set("page", String(page));
    return `/notifications/history?${params}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <NotificationsTabs />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the history">
        <label className="flex flex-col gap-1 text-sm">
          Check
          <select name="checkId" defaultValue={query.checkId ?? ""} className={selectClass}>
            <option value="">All checks</option>
            {checks.map((check) => (
              <option key={check.id} value={check.id}>
                {check.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Channel
          <select name="channelId" defaultValue={query.channelId ?? ""} className={selectClass}>
            <option value="">All channels</option>
            {channels.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Status
          <select name="status" defaultValue={query.status ?? ""} className={selectClass}>
            <option value="">Any status</option>
            <option value="sent">Sent</option>
            <option value="failed">Retrying</option>
            <option value="gave_up">Failed</option>
            <option value="queued">Queued</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <section aria-labelledby="alerts-heading" className="space-y-2">
        <h2 id="alerts-heading" className="font-semibold">
          Alerts
        </h2>
        <AlertList alerts={alerts} />
      </section>
      <section aria-labelledby="deliveries-heading" className="space-y-2">
        <h2 id="deliveries-heading" className="font-semibold">
          Deliveries ({total})
        </h2>
        <DeliveryTable rows={rows} />
        {pages > 1 ? (
          <nav aria-label="Pages" className="flex gap-3 text-sm">
            {query.page > 1 ? <Link href={pageLink(query.page - 1)}>← Newer</Link> : null}
            <span>
              Page {query.page} of {pages}
            </span>
            {query.page < pages ? <Link href={pageLink(query.page + 1)}>Older →</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
