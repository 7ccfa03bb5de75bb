import type { Metadata } from "next";
import { localeParam } from "@/lib/i18n/locale-param";
import { IncidentView, pageMetadata } from "../../../../_views";

export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ incidentId: string }[]> => [];

type Props = { params: Promise<{ slug: string; locale: string; incidentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return pageMetadata(slug, localeParam(locale), "meta.incident");
}

export default async function IncidentPage({ params }: Props) {
  const { slug, locale, incidentId } = await params;
  return <IncidentView slug={slug} locale={localeParam(locale)} incidentId={incidentId} unlocked={false} />;
}
