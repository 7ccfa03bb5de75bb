import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/status-page/page-shell";
import { confirmAction } from "../../actions";
import { pageAndText } from "../../visitor-text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ slug: string; token: string }>; searchParams: Promise<{ invalid?: string }> };

/** The e-mail's confirmation link: one button, so a mail scanner opening the link confirms nothing. */
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { slug, token } = await params;
  const { invalid } = await searchParams;
  const { page, text } = await pageAndText(slug);
  const { t } = text;
  return (
    <PageShell page={page} basePath={`/s/${page.slug}`} text={text} refresh={false}>
      <section className="mx-auto max-w-md space-y-4 rounded-lg bg-white p-6 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
        <h2 className="text-lg font-semibold">{t("subscription.confirmTitle")}</h2>
        {invalid ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {t("subscription.invalid")}
          </p>
        ) : (
          <form action={confirmAction.bind(null, page.slug, token)} className="space-y-4">
            <p className="text-sm">{t("subscription.confirmText", { name: page.name })}</p>
            <button type="submit" className="rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900">
              {t("subscription.confirmButton")}
            </button>
          </form>
        )}
        <Link href={`/s/${page.slug}`} className="block text-sm underline">
          {t("subscription.back")}
        </Link>
      </section>
    </PageShell>
  );
}
