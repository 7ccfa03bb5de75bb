import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentTimeline } from "@/components/status-page/incident-timeline";
import { ActionButton } from "@/components/ui/action-button";
import { NeedsRole } from "@/components/ui/needs-role";
import { maintenanceId as maintenanceIdSchema } from "@/lib/schemas/maintenance";
import { hasRole } from "@/lib/services/context";
import { getMaintenance } from "@/lib/services/maintenances/read";
import { formatDateTime } from "@/lib/status-page/format";
import { effectiveMaintenanceStatus } from "@/lib/status-page/maintenance";
import { loadOwnedPage, orNotFound } from "../../_load";
import { completeMaintenanceAction, deleteMaintenanceAction, postMaintenanceUpdateAction } from "../actions";
import { MaintenanceUpdateForm } from "../_components/maintenance-form";

export const metadata: Metadata = { title: "Maintenance" };

export default async function MaintenanceDetailPage({ params }: { params: Promise<{ id: string; maintenanceId: string }> }) {
  const { id, maintenanceId } = await params;
  const { ctx, page } = await loadOwnedPage(id);
  const parsed = maintenanceIdSchema.safeParse(maintenanceId);
  if (!parsed.success) notFound();
  const m = await orNotFound(getMaintenance(ctx, parsed.data));
  if (m.pageId !== page.id) notFound();
  const editor = hasRole(ctx, "editor");
  const status = effectiveMaintenanceStatus(m.status, m.startsAt, m.endsAt, new Date());
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="space-y-3">
        <h2 className="text-lg font-semibold">{m.title}</h2>
        <p className="text-sm text-slate-600">
          {status.replace("_", " ")} · {formatDateTime(m.startsAt.toISOString(), m.timeZone)} – {formatDateTime(m.endsAt.toISOString(), m.timeZone)}
        </p>
        <p className="text-sm text-slate-600">Affects: {m.components.length ? m.components.map((c) => c.name).join(", ") : "no components"}</p>
        {editor ? (
          <div className="flex gap-2">
            {status !== "completed" ? <ActionButton action={completeMaintenanceAction.bind(null, page.id, m.id)}>Complete now</ActionButton> : null}
            <ActionButton variant="danger" action={deleteMaintenanceAction.bind(null, page.id, m.id)}>
              Delete
            </ActionButton>
          </div>
        ) : null}
        <IncidentTimeline updates={m.updates.map((u) => ({ id: u.id, status: u.status, body: u.body, createdAt: u.createdAt.toISOString() }))} timeZone={m.timeZone} />
      </div>
      <div className="space-y-3">
        <h3 className="font-semibold">Post an update</h3>
        {editor ? <MaintenanceUpdateForm action={postMaintenanceUpdateAction.bind(null, page.id, m.id)} /> : <NeedsRole role="editor" what="Posting an update" />}
      </div>
    </div>
  );
}
