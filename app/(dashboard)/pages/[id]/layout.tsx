import { loadOwnedPage } from "./_load";
import { PageTabs } from "./_components/page-tabs";

export default async function PageLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { page } = await loadOwnedPage((await params).id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{page.name}</h1>
        <a href={`/s/${page.slug}`} target="_blank" rel="noreferrer" className="text-sm text-brand-600 hover:underline">
          View public page /s/{page.slug} ↗
        </a>
      </div>
      <PageTabs pageId={page.id} />
      {children}
    </div>
  );
}
