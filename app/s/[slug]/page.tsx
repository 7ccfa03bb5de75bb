import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/auto-refresh";
import { StatusBanner } from "@/components/status-page/status-banner";
import { ComponentList } from "@/components/status-page/component-list";
import { getPublicPage } from "@/lib/services/pages/public";
import { slug as slugSchema } from "@/lib/schemas/page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const page = await getPublicPage(parsed.data);
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return { title: { absolute: `${page.name} status` }, description: page.description ?? `Current status of ${page.name}` };
}

export default async function PublicStatusPage({ params }: Props) {
  const page = await load(params);
  return (
    <div className="min-h-screen bg-white">
      <AutoRefresh seconds={30} />
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-6">
          <h1 className="text-xl font-semibold">{page.name}</h1>
          {page.websiteUrl ? (
            <a href={page.websiteUrl} className="text-sm text-slate-600 hover:text-slate-900" rel="noreferrer">
              Visit website ↗
            </a>
          ) : null}
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-8 px-4 py-8">
        {page.description ? <p className="text-slate-600">{page.description}</p> : null}
        <StatusBanner overall={page.overall} />
        <ComponentList components={page.components} />
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-10 text-center text-xs text-slate-400">Powered by Pingpage</footer>
    </div>
  );
}
