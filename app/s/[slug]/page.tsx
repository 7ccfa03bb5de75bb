import type { Metadata } from "next";
import { MainView, pageMetadata } from "./_views";

// Cached (ISR) and revalidated by tag; see README, "Caching". Pages are rendered on first visit.
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).slug);
}

export default async function PublicStatusPage({ params }: Props) {
  return <MainView slug={(await params).slug} unlocked={false} />;
}
