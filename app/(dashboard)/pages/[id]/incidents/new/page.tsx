import type { Metadata } from "next";
import { NeedsRole } from "@/components/ui/needs-role";
import { hasRole } from "@/lib/services/context";
import { loadOwnedPage } from "../../_load";
import { createIncidentAction } from "../actions";
import { IncidentForm } from "../_components/incident-form";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  if (!hasRole(ctx, "editor")) return <NeedsRole role="editor" what="Opening an incident" />;
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">New incident</h2>
      <IncidentForm mode="create" action={createIncidentAction.bind(null, page.id)} components={page.components.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
