import type { Metadata } from "next";
import { updateComponentsAction } from "../../actions";
import { loadOwnedPage } from "../_load";
import { ComponentsForm } from "./components-form";

export const metadata: Metadata = { title: "Components" };

export default async function ComponentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { page } = await loadOwnedPage((await params).id);
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
