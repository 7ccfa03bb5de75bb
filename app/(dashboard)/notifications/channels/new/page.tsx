import type { Metadata } from "next";
import Link from "next/link";
import { NeedsRole } from "@/components/ui/needs-role";
import { requireCtx } from "@/lib/auth/context";
import { channelForms } from "@/lib/channels/forms";
import { hasRole } from "@/lib/services/context";
import { createChannelAction } from "../../actions";
import { ChannelForm } from "../../_components/channel-form";

export const metadata: Metadata = { title: "New channel" };

type Props = { searchParams: Promise<{ type?: string }> };

export default async function NewChannelPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const wanted = (await searchParams).type;
  const picked = channelForms.find((form) => form.type === wanted);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/notifications/channels" className="text-brand-700 hover:underline">
          ← Channels
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{picked ? `New ${picked.label} channel` : "New channel"}</h1>
      {!hasRole(ctx, "editor") ? (
        <NeedsRole role="editor" what="Adding a channel" />
      ) : picked ? (
        <ChannelForm action={createChannelAction} type={picked.type} config={null} secretsSet={[]} submitLabel="Create channel" />
      ) : (
        <nav aria-label="Channel types">
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {channelForms.map((form) => (
              <li key={form.type}>
                <Link
                  href={`/notifications/channels/new?type=${encodeURIComponent(form.type)}`}
                  className="block rounded-lg bg-white px-4 py-3 font-medium shadow-sm ring-1 ring-slate-200 hover:ring-brand-600"
                >
                  {form.label}
                </Link>
              </li>
            ))}
          </ul>
          {channelForms.length === 0 ? <p className="text-sm text-slate-600">This Pingpage has no channel types installed.</p> : null}
        </nav>
      )}
    </div>
  );
}
