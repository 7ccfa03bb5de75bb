import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { NeedsRole } from "@/components/ui/needs-role";
import { requireCtx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { timeAgo } from "@/lib/format";
import { getChannel } from "@/lib/services/alerts/channels";
import { listDeliveries } from "@/lib/services/alerts/history";
import { hasRole } from "@/lib/services/context";
import { z } from "zod";
import { deleteChannelAction, sendTestAction, updateChannelAction } from "../../actions";
import { ChannelForm } from "../../_components/channel-form";
import { ChannelStatus } from "../../_components/channel-status";
import { DeliveryTable } from "../../_components/delivery-table";
import { SendTest } from "../../_components/send-test";

export const metadata: Metadata = { title: "Channel" };

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const ctx = await requireCtx();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return { ctx, channel: await getChannel(ctx, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function ChannelPage({ params }: Props) {
  const { ctx, channel } = await load((await params).id);
  const { rows } = await listDeliveries(ctx, { channelId: channel.id, page: 1 });
  const canEdit = hasRole(ctx, "editor");
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/notifications/channels" className="text-brand-700 hover:underline">
          ← Channels
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{channel.name}</h1>
        <ChannelStatus channel={channel} />
        <span className="text-sm text-slate-600">{channel.typeLabel}</span>
      </div>
      {channel.disabledReason ? <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200">{channel.disabledReason}</p> : null}
      {channel.failingSince ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          Failing since {timeAgo(channel.failingSince)} ({channel.consecutiveFailures} failed deliveries in a row). Last error: {channel.lastError}
        </p>
      ) : null}
      {canEdit ? (
        <>
          <SendTest action={sendTestAction.bind(null, channel.id)} />
          <ChannelForm
            action={updateChannelAction.bind(null, channel.id)}
            type={channel.type}
            name={channel.name}
            enabled={channel.enabled}
            config={channel.config}
            secretsSet={channel.secretsSet}
            submitLabel="Save channel"
          />
        </>
      ) : (
        <NeedsRole role="editor" what="Changing or testing a channel" />
      )}
      <section aria-labelledby="log-heading" className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 id="log-heading" className="font-semibold">
            Delivery log
          </h2>
          <Link href={`/notifications/history?channelId=${channel.id}`} className="text-sm text-brand-700 hover:underline">
            Full history
          </Link>
        </div>
        <DeliveryTable rows={rows} showChannel={false} />
      </section>
      {canEdit ? (
        <ConfirmActionButton action={deleteChannelAction.bind(null, channel.id)} label="Delete channel" title={`Delete ${channel.name}?`} confirmLabel="Delete">
          Alerts stop going to this channel, and its delivery log is deleted with it.
        </ConfirmActionButton>
      ) : null}
    </div>
  );
}
