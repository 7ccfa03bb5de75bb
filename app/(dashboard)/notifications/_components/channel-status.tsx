import type { ChannelView } from "@/lib/services/alerts/channels";

/** Off, failing or working, in words and colour. */
export function ChannelStatus({ channel }: { channel: Pick<ChannelView, "enabled" | "failingSince" | "lastError"> }) {
  if (!channel.enabled) return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">Off</span>;
  if (channel.failingSince) {
    return (
      <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800" title={channel.lastError ?? undefined}>
        Failing
      </span>
    );
  }
  return <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">Working</span>;
}
