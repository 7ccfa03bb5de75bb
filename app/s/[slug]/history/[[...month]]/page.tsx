import type { Metadata } from "next";
import { HistoryMonthView, pageMetadata } from "../../_views";

export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ month?: string[] }[]> => [];

type Props = { params: Promise<{ slug: string; month?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).slug, "Incident history");
}

/** /history is the current month; /history/2026-03 any earlier one. */
export default async function HistoryPage({ params }: Props) {
  const { slug, month } = await params;
  return <HistoryMonthView slug={slug} month={month?.length === 1 ? month[0] : month?.length ? "invalid" : undefined} unlocked={false} />;
}
