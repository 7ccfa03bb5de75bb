import type { Metadata } from "next";
import { EmbedPill } from "@/components/status-page/embed-pill";
import { localeParam } from "@/lib/i18n/locale-param";
import { basePathOf, loadSnapshot, pageMetadata, textFor } from "../../../_views";

// Framed by customers' sites (proxy.ts sends frame-ancestors * for /s/<slug>/embed only); cached like the page.
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ slug: string; locale: string }[]> => [];

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return { ...(await pageMetadata(slug, localeParam(locale))), robots: { index: false } };
}

export default async function EmbedPage({ params }: Props) {
  const { slug, locale } = await params;
  const snapshot = await loadSnapshot(slug);
  return <EmbedPill snapshot={snapshot} pageUrl={basePathOf(snapshot.page)} text={textFor(snapshot.page, localeParam(locale))} />;
}
