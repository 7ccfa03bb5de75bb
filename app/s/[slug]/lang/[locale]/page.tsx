import type { Metadata } from "next";
import { MainView, pageMetadata } from "../../_views";
import { localeParam } from "@/lib/i18n/locale-param";

// Cached (ISR) and revalidated by tag; see README, "Caching". Pages are rendered on first visit,
// one copy per visitor locale (proxy.ts rewrites /s/<slug> here from Accept-Language).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ slug: string; locale: string }[]> => [];

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return pageMetadata(slug, localeParam(locale));
}

export default async function PublicStatusPage({ params }: Props) {
  const { slug, locale } = await params;
  return <MainView slug={slug} unlocked={false} locale={localeParam(locale)} />;
}
