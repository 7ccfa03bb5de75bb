import type { Metadata } from "next";
import Link from "next/link";
import { NeedsRole } from "@/components/ui/needs-role";
import { hasRole } from "@/lib/services/context";
import { listMaintenances } from "@/lib/services/maintenances/read";
import { formatDateTime } from "@/lib/status-page/format";
import { effectiveMaintenanceStatus } from "@/lib/status-page/maintenance";
import { toLocalDateTime } from "@/lib/status-page/zoned";
import { loadOwnedPage } from "../_load";
import { createMaintenanceAction } from "./actions";
import { MaintenanceForm } from "./_components/maintenance-form";

export const metadata: Metadata = { title: "Maintenance" };

export default async function MaintenancePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  const windows = await listMaintenances(ctx, page.id);
  const now = new Date();
  const hour = 3_600_000;
  const nextHour = new Date(Math.ceil(now.getTime() / hour) * hour);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Maintenance windows</h2>
        {windows.length === 0 ? <p className="text-sm text-slate-600">None scheduled.</p> : null}
        <ul hidden={windows.length === 0} className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {windows.map((m) => (
            <li key={m.id} className="px-4 py-3">
              <Link href={`/pages/${page.id}/maintenance/${m.id}`} className="font-medium hover:underline">
                {m.title}
              </Link>
              <p className="text-xs text-slate-500">
                {effectiveMaintenanceStatus(m.status, m.startsAt, m.endsAt, now).replace("_", " ")} · {formatDateTime(m.startsAt.toISOString(), page.timeZone)} –{" "}
                {formatDateTime(m.endsAt.toISOString(), page.timeZone)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Schedule maintenance</h2>
        {hasRole(ctx, "editor") ? (
          <MaintenanceForm
            action={createMaintenanceAction.bind(null, page.id)}
            components={page.components.map((c) => ({ id: c.id, name: c.name }))}
            timeZone={page.timeZone}
            defaults={{ startsAt: toLocalDateTime(nextHour, page.timeZone), endsAt: toLocalDateTime(new Date(nextHour.getTime() + hour), page.timeZone) }}
          />
        ) : (
          <NeedsRole role="editor" what="Scheduling maintenance" />
        )}
      </section>
    </div>
  );
}
