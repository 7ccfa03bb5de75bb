import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentTimeline } from "@/components/status-page/incident-timeline";
import { ActionButton } from "@/components/ui/action-button";
import { NeedsRole } from "@/components/ui/needs-role";
import { incidentId as incidentIdSchema } from "@/lib/schemas/incident";
import { hasRole } from "@/lib/services/context";
import { getIncident } from "@/lib/services/incidents/read";
import { loadOwnedPage, orNotFound } from "../../_load";
import { deleteIncidentAction, postIncidentUpdateAction, publishIncidentAction } from "../actions";
import { IncidentForm } from "../_components/incident-form";

export const metadata: Metadata = { title: "Incident" };

export default async function IncidentPage({ params }: { params: Promise<{ id: string; incidentId: string }> }) {
  const { id, incidentId } = await params;
  const { ctx, page } = await loadOwnedPage(id);
  const parsed = incidentIdSchema.safeParse(incidentId);
  if (!parsed.success) notFound();
  const incident = await orNotFound(getIncident(ctx, parsed.data));
  if (incident.pageId !== page.id) notFound();
  const editor = hasRole(ctx, "editor");
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="space-y-3">
        <h2 className="text-lg font-semibold">{incident.title}</h2>
        <p className="text-sm text-slate-600">
          {incident.impact} impact · {incident.status}
          {incident.automatic ? " · opened automatically" : ""}
          {incident.published ? "" : " · draft (not on the public page)"}
        </p>
        {editor ? (
          <div className="flex gap-2">
            {!incident.published ? (
              <ActionButton variant="primary" action={publishIncidentAction.bind(null, page.id, incident.id)}>
                Publish
              </ActionButton>
            ) : null}
            <ActionButton variant="danger" action={deleteIncidentAction.bind(null, page.id, incident.id)}>
              Delete incident
            </ActionButton>
          </div>
        ) : null}
        <IncidentTimeline updates={incident.updates.map((u) => ({ id: u.id, status: u.status, body: u.body, createdAt: u.createdAt.toISOString() }))} timeZone={page.timeZone} />
      </div>
      <div className="space-y-3">
        <h3 className="font-semibold">Post an update</h3>
        {editor ? (
          <IncidentForm
            mode="update"
            action={postIncidentUpdateAction.bind(null, page.id, incident.id)}
            components={page.components.map((c) => ({ id: c.id, name: c.name }))}
            current={Object.fromEntries(incident.components.map((c) => [c.componentId, c.state]))}
            status={incident.status}
          />
        ) : (
          <NeedsRole role="editor" what="Posting an update" />
        )}
      </div>
    </div>
  );
}
