import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { pageId } from "@/lib/schemas/page";
import { listChecks } from "@/lib/services/checks/read";
import { getPage } from "@/lib/services/pages/read";
import { deletePageAction, updatePageAction } from "../actions";
import { PageForm } from "../_components/page-form";

export const metadata: Metadata = { title: "Status page" };

async function load(id: string) {
  const ctx = await requireCtx();
  const parsed = pageId.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return { page: await getPage(ctx, parsed.data), checks: await listChecks(ctx) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const { page, checks } = await load((await params).id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{page.name}</h1>
          <a href={`/s/${page.slug}`} target="_blank" rel="noreferrer" className="text-sm text-brand-600 hover:underline">
            View public page /s/{page.slug} ↗
          </a>
        </div>
        <form action={deletePageAction.bind(null, page.id)}>
          <Button variant="danger" type="submit">
            Delete page
          </Button>
        </form>
      </div>
      <PageForm
        action={updatePageAction.bind(null, page.id)}
        checks={checks}
        submitLabel="Save page"
        initial={{
          name: page.name,
          slug: page.slug,
          description: page.description,
          websiteUrl: page.websiteUrl,
          checkIds: page.components.flatMap((c) => (c.checkId ? [c.checkId] : [])),
        }}
      />
    </div>
  );
}
