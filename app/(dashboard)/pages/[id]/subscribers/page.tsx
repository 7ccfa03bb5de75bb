import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { NeedsRole } from "@/components/ui/needs-role";
import { subscriberSearch } from "@/lib/schemas/subscriber-owner";
import { hasRole } from "@/lib/services/context";
import { subscriberCounts, subscriptionSettings } from "@/lib/services/subscribers/owner-read";
import { deliveryReport } from "@/lib/services/subscribers/owner-report";
import { loadOwnedPage, orNotFound } from "../_load";
import { importSubscribersAction, updateSubscriptionSettingsAction } from "./actions";
import { DeliveryReport } from "./_components/delivery-report";
import { ImportSubscribersForm } from "./_components/import-form";
import { SubscriberList } from "./_components/subscriber-list";
import { SubscriptionSettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Subscribers" };

const CHANNEL_NAMES = { email: "E-mail", webhook: "Webhook", slack: "Slack" } as const;
const section = "space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> };

export default async function SubscribersPage({ params, searchParams }: Props) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  const query = subscriberSearch.parse((await searchParams).q);
  const editor = hasRole(ctx, "editor");
  const [settings, counts, report] = await orNotFound(Promise.all([subscriptionSettings(ctx, page.id), subscriberCounts(ctx, page.id), deliveryReport(ctx, page.id)]));
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">Subscribers</h2>
        <p className="text-sm text-slate-600">Visitors who asked to hear about this page&apos;s incidents and maintenance, by e-mail, webhook or Slack.</p>
      </div>

      <table className="w-full max-w-2xl rounded-xl bg-white text-left text-sm shadow-sm ring-1 ring-slate-200">
        <caption className="sr-only">Subscribers by channel</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Channel</th>
            <th scope="col" className="px-4 py-2">Confirmed</th>
            <th scope="col" className="px-4 py-2">Pending</th>
            <th scope="col" className="px-4 py-2">Unsubscribed</th>
            <th scope="col" className="px-4 py-2">Bounced</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {(Object.keys(CHANNEL_NAMES) as (keyof typeof CHANNEL_NAMES)[]).map((channel) => (
            <tr key={channel}>
              <th scope="row" className="px-4 py-2 font-medium">
                {CHANNEL_NAMES[channel]}
                {settings.channels.includes(channel) ? null : <span className="ml-2 text-xs font-normal text-slate-500">(off)</span>}
              </th>
              <td className="px-4 py-2">{counts[channel].confirmed}</td>
              <td className="px-4 py-2">{counts[channel].pending}</td>
              <td className="px-4 py-2">{counts[channel].unsubscribed}</td>
              <td className="px-4 py-2">{counts[channel].bounced}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="subscription-settings" className={section}>
        <h3 id="subscription-settings" className="font-semibold">Subscription settings</h3>
        <SubscriptionSettingsForm
          action={updateSubscriptionSettingsAction.bind(null, page.id)}
          channels={settings.channels}
          notifyComponentChanges={settings.notifyComponentChanges}
          editable={editor}
        />
      </section>

      {editor ? (
        <section aria-labelledby="import-export" className={section}>
          <h3 id="import-export" className="font-semibold">Import and export</h3>
          <a href={`/pages/${page.id}/subscribers/export`} className={buttonClass("secondary")} download>
            Export e-mail subscribers (CSV)
          </a>
          <ImportSubscribersForm action={importSubscribersAction.bind(null, page.id)} />
        </section>
      ) : (
        <NeedsRole role="editor" what="Seeing, importing, exporting or removing subscribers" />
      )}

      {editor ? <SubscriberList ctx={ctx} pageId={page.id} query={query} /> : null}
      <DeliveryReport messages={report} timeZone={page.timeZone} />
    </div>
  );
}
