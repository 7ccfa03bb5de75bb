import type { Metadata } from "next";
import { IncidentView, pageMetadata } from "../../_views";

export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ incidentId: string }[]> => [];

type Props = { params: Promise<{ slug: string; incidentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).slug, "Incident");
}

export default async function IncidentPage({ params }: Props) {
  const { slug, incidentId } = await params;
  return <IncidentView slug={slug} incidentId={incidentId} unlocked={false} />;
}
