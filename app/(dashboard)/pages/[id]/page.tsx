import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { NeedsRole } from "@/components/ui/needs-role";
import { hasRole } from "@/lib/services/context";
import { listCheckOptions } from "@/lib/services/checks/read";
import { deletePageAction, setPasswordAction, updatePageAction } from "../actions";
import { PageForm } from "../_components/page-form";
import { PasswordForm } from "./_components/password-form";
import { loadOwnedPage } from "./_load";

export const metadata: Metadata = { title: "Status page settings" };

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  if (!hasRole(ctx, "editor")) return <NeedsRole role="editor" what="Changing this page's settings" />;
  const checks = await listCheckOptions(ctx);
  return (
    <div className="space-y-10">
      <PageForm
        action={updatePageAction.bind(null, page.id)}
        checks={checks}
        submitLabel="Save page"
        initial={{
          name: page.name,
          slug: page.slug,
          description: page.description,
          websiteUrl: page.websiteUrl,
          logoUrl: page.logoUrl,
          faviconUrl: page.faviconUrl,
          brandColor: page.brandColor,
          timeZone: page.timeZone,
          theme: page.theme,
          language: page.language,
          autoIncidents: page.autoIncidents,
          checkIds: page.components.flatMap((c) => (c.checkId ? [c.checkId] : [])),
        }}
      />
      {hasRole(ctx, "admin") ? (
        <PasswordForm action={setPasswordAction.bind(null, page.id)} isProtected={page.passwordHash !== null} />
      ) : (
        <NeedsRole role="admin" what="Protecting this page with a password" />
      )}
      <section className="max-w-2xl space-y-2 rounded-lg border border-red-200 bg-white p-5">
        <h2 className="font-semibold">Delete this page</h2>
        <p className="text-sm text-slate-600">Its incidents, maintenance and domains go with it. Checks are kept.</p>
        <ActionButton variant="danger" className="items-start" action={deletePageAction.bind(null, page.id)}>
          Delete page
        </ActionButton>
      </section>
    </div>
  );
}
