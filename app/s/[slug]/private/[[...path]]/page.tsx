import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { negotiateLocale } from "@/lib/i18n/locales";
import { verifyUnlock, unlockCookieName } from "@/lib/status-page/unlock";
import { HistoryMonthView, IncidentView, loadSnapshot, MainView, pageMetadata } from "../../_views";

/**
 * Where proxy.ts sends a visitor who carries a page's unlock cookie: rendered per request (it reads
 * the cookie and the visitor's Accept-Language), from the same cached data as the public routes.
 */
type Props = { params: Promise<{ slug: string; path?: string[] }> };

const visitorLocale = async () => negotiateLocale((await headers()).get("accept-language"));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).slug, await visitorLocale());
}

export default async function PrivatePageView({ params }: Props) {
  const { slug, path = [] } = await params;
  const { page } = await loadSnapshot(slug);
  const cookie = (await cookies()).get(unlockCookieName(page.slug))?.value;
  const unlocked = !!page.passwordFingerprint && verifyUnlock(cookie, page.id, page.passwordFingerprint);
  const [section, arg, ...rest] = path;
  if (rest.length > 0) notFound();
  const locale = await visitorLocale();
  if (section === undefined) return <MainView slug={slug} unlocked={unlocked} locale={locale} />;
  if (section === "history") return <HistoryMonthView slug={slug} month={arg} unlocked={unlocked} locale={locale} />;
  if (section === "incidents" && arg) return <IncidentView slug={slug} incidentId={arg} unlocked={unlocked} locale={locale} />;
  notFound();
}
