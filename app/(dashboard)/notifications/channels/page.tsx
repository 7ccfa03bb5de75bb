import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { NeedsRole } from "@/components/ui/needs-role";
import { requireCtx } from "@/lib/auth/context";
import { timeAgo } from "@/lib/format";
import { listChannels } from "@/lib/services/alerts/channels";
import { hasRole } from "@/lib/services/context";
import { NotificationsTabs } from "../_components/notifications-tabs";
import { ChannelStatus } from "../_components/channel-status";

export const metadata: Metadata = { title: "Notifications" };

export default async function ChannelsPage() {
  const ctx = await requireCtx();
  const channels = await listChannels(ctx);
  const canEdit = hasRole(ctx, "editor");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        {canEdit ? (
          <Link href="/notifications/channels/new" className={buttonClass("primary")}>
            New channel
          </Link>
        ) : null}
      </div>
      <NotificationsTabs />
      {!canEdit ? <NeedsRole role="editor" what="Adding or changing channels" /> : null}
      {channels.length === 0 ? (
        <p className="text-sm text-slate-600">No channels yet. A channel is where alerts go: an e-mail list, a Slack channel, a webhook, PagerDuty…</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {channels.map((channel) => (
            <li key={channel.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/notifications/channels/${channel.id}`} className="font-medium text-slate-900 hover:underline">
                  {channel.name}
                </Link>
                <p className="truncate text-sm text-slate-600">
                  {channel.typeLabel}
                  {channel.description ? ` · ${channel.description}` : ""}
                </p>
              </div>
              <div className="flex items-center gap-3 text-sm">
                <ChannelStatus channel={channel} />
                <span className="text-slate-500">{channel.lastDeliveryAt ? `last sent ${timeAgo(channel.lastDeliveryAt)}` : "nothing sent yet"}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
