import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentTimeline } from "@/components/status-page/incident-timeline";
import { Button } from "@/components/ui/button";
import { maintenanceId as maintenanceIdSchema } from "@/lib/schemas/maintenance";
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
  const status = effectiveMaintenanceStatus(m.status, m.startsAt, m.endsAt, new Date());
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="space-y-3">
        <h2 className="text-lg font-semibold">{m.title}</h2>
        <p className="text-sm text-slate-600">
          {status.replace("_", " ")} · {formatDateTime(m.startsAt.toISOString(), m.timeZone)} – {formatDateTime(m.endsAt.toISOString(), m.timeZone)}
        </p>
        <p className="text-sm text-slate-600">Affects: {m.components.length ? m.components.map((c) => c.name).join(", ") : "no components"}</p>
        <div className="flex gap-2">
          {status !== "completed" ? (
            <form action={completeMaintenanceAction.bind(null, page.id, m.id)}>
              <Button type="submit" variant="secondary">
                Complete now
              </Button>
            </form>
          ) : null}
          <form action={deleteMaintenanceAction.bind(null, page.id, m.id)}>
            <Button type="submit" variant="danger">
              Delete
            </Button>
          </form>
        </div>
        <IncidentTimeline updates={m.updates.map((u) => ({ id: u.id, status: u.status, body: u.body, createdAt: u.createdAt.toISOString() }))} timeZone={m.timeZone} />
      </div>
      <div className="space-y-3">
        <h3 className="font-semibold">Post an update</h3>
        <MaintenanceUpdateForm action={postMaintenanceUpdateAction.bind(null, page.id, m.id)} />
      </div>
    </div>
  );
}
