import type { Metadata } from "next";
import { localeParam } from "@/lib/i18n/locale-param";
import { HistoryMonthView, pageMetadata } from "../../../../_views";

export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ month?: string[] }[]> => [];

type Props = { params: Promise<{ slug: string; locale: string; month?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return pageMetadata(slug, localeParam(locale), "meta.history");
}

/** /history is the current month; /history/2026-03 any earlier one. */
export default async function HistoryPage({ params }: Props) {
  const { slug, locale, month } = await params;
  return <HistoryMonthView slug={slug} locale={localeParam(locale)} month={month?.length === 1 ? month[0] : month?.length ? "invalid" : undefined} unlocked={false} />;
}
