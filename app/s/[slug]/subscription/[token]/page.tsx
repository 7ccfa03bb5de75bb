import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/status-page/page-shell";
import { ManageScopeForm } from "@/components/status-page/manage-scope-form";
import { NotFoundError } from "@/lib/errors";
import { readSubscription, type Subscription } from "@/lib/services/subscribers/manage";
import { saveScopeAction, unsubscribeAction } from "../actions";
import { pageAndText } from "../visitor-text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ slug: string; token: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function load(token: string): Promise<Subscription> {
  try {
    return await readSubscription(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** Every message's manage link: change components, unsubscribe. The token is the only credential. */
export default async function ManageSubscriptionPage({ params, searchParams }: Props) {
  const { slug, token } = await params;
  const flags = await searchParams;
  const subscription = await load(token);
  if (subscription.slug !== slug) notFound();
  const { page, text } = await pageAndText(slug);
  const { t } = text;
  const notice = flags.confirmed ? t("subscription.confirmed") : flags.saved ? t("subscription.saved") : flags.unsubscribed ? t("subscription.unsubscribed") : null;
  return (
    <PageShell page={page} basePath={`/s/${page.slug}`} text={text} refresh={false}>
      <section className="mx-auto max-w-md space-y-4 rounded-lg bg-white p-6 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
        <h2 className="text-lg font-semibold">{t("subscription.manageTitle", { name: page.name })}</h2>
        <p className="text-sm">{t("subscription.manageFor", { target: subscription.target })}</p>
        {notice ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            {notice}
          </p>
        ) : null}
        {flags.error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {t("subscribe.error.invalid_component")}
          </p>
        ) : null}
        {!subscription.active && !flags.unsubscribed ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("subscription.inactive")}</p> : null}
        <ManageScopeForm
          action={saveScopeAction.bind(null, page.slug, token)}
          locale={text.locale}
          components={subscription.components}
          initial={{ componentIds: subscription.componentIds, groupNames: subscription.groupNames }}
        />
        {subscription.active ? (
          <form action={unsubscribeAction.bind(null, page.slug, token)}>
            <button type="submit" className="rounded-md px-3.5 py-2 text-sm font-medium text-red-700 ring-1 ring-red-300 hover:bg-red-50 dark:text-red-400 dark:ring-red-800">
              {t("subscription.unsubscribe")}
            </button>
          </form>
        ) : null}
        <Link href={`/s/${page.slug}`} className="block text-sm underline">
          {t("subscription.back")}
        </Link>
      </section>
    </PageShell>
  );
}
