import type { Metadata } from "next";
import { NeedsRole } from "@/components/ui/needs-role";
import { hasRole } from "@/lib/services/context";
import { updateComponentsAction } from "../../actions";
import { loadOwnedPage } from "../_load";
import { ComponentsForm } from "./components-form";

export const metadata: Metadata = { title: "Components" };

export default async function ComponentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  if (!hasRole(ctx, "editor")) return <NeedsRole role="editor" what="Changing this page's components" />;
  return (
    <ComponentsForm
      action={updateComponentsAction.bind(null, page.id)}
      components={page.components.map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        groupName: c.groupName,
        position: c.position,
        showResponseTime: c.showResponseTime,
      }))}
    />
  );
}
