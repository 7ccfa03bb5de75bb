import { z } from "zod";
import { maintenanceId, maintenanceInput, maintenanceUpdateInput } from "@/lib/schemas/maintenance";
import { pageId } from "@/lib/schemas/page";
import type { PersonCtx } from "@/lib/services/context";
import { getMaintenance, listMaintenances } from "@/lib/services/maintenances/read";
import { completeMaintenance, createMaintenance, deleteMaintenance, postMaintenanceUpdate } from "@/lib/services/maintenances/write";
import { operation } from "../operation";
import { iso, maintenanceDetailView, maintenanceView } from "../views";

type MaintenanceRow = Awaited<ReturnType<typeof listMaintenances>>[number];
const toMaintenance = (row: MaintenanceRow) => ({
  id: row.id,
  pageId: row.pageId,
  title: row.title,
  description: row.description,
  status: row.status,
  startsAt: iso(row.startsAt),
  endsAt: iso(row.endsAt),
  createdAt: iso(row.createdAt),
});

export async function readMaintenance(ctx: PersonCtx, id: string): Promise<z.infer<typeof maintenanceDetailView>> {
  const maintenance = await getMaintenance(ctx, id);
  return {
    ...toMaintenance(maintenance),
    timeZone: maintenance.timeZone,
    updates: maintenance.updates.map((u) => ({ id: u.id, message: u.body, createdAt: iso(u.createdAt) })),
    components: maintenance.components,
  };
}

const maintenanceParams = z.object({ maintenanceId });

export const maintenanceOperations = [
  operation({
    id: "listMaintenances",
    method: "GET",
    path: "/pages/{pageId}/maintenances",
    tag: "Maintenance",
    summary: "A page's latest 200 maintenance windows",
    params: z.object({ pageId }),
    response: z.object({ items: z.array(maintenanceView) }),
    run: async (ctx, { params }) => ({ items: (await listMaintenances(ctx, params.pageId)).map(toMaintenance) }),
  }),
  operation({
    id: "createMaintenance",
    method: "POST",
    path: "/pages/{pageId}/maintenances",
    tag: "Maintenance",
    summary: "Schedule maintenance; startsAt and endsAt are wall-clock times (YYYY-MM-DDTHH:mm) in the page's time zone",
    params: z.object({ pageId }),
    body: maintenanceInput,
    response: maintenanceDetailView,
    status: 201,
    run: async (ctx, { params, body }) => readMaintenance(ctx, await createMaintenance(ctx, params.pageId, body)),
  }),
  operation({
    id: "getMaintenance",
    method: "GET",
    path: "/maintenances/{maintenanceId}",
    tag: "Maintenance",
    summary: "Read a maintenance window with its updates",
    params: maintenanceParams,
    response: maintenanceDetailView,
    run: (ctx, { params }) => readMaintenance(ctx, params.maintenanceId),
  }),
  operation({
    id: "postMaintenanceUpdate",
    method: "POST",
    path: "/maintenances/{maintenanceId}/updates",
    tag: "Maintenance",
    summary: "Post an update to a maintenance window",
    params: maintenanceParams,
    body: maintenanceUpdateInput,
    response: maintenanceDetailView,
    status: 201,
    run: async (ctx, { params, body }) => {
      await postMaintenanceUpdate(ctx, params.maintenanceId, body.message);
      return readMaintenance(ctx, params.maintenanceId);
    },
  }),
  operation({
    id: "completeMaintenance",
    method: "POST",
    path: "/maintenances/{maintenanceId}/complete",
    tag: "Maintenance",
    summary: "End a maintenance window now",
    params: maintenanceParams,
    response: maintenanceDetailView,
    run: async (ctx, { params }) => {
      await completeMaintenance(ctx, params.maintenanceId);
      return readMaintenance(ctx, params.maintenanceId);
    },
  }),
  operation({
    id: "deleteMaintenance",
    method: "DELETE",
    path: "/maintenances/{maintenanceId}",
    tag: "Maintenance",
    summary: "Delete a maintenance window",
    params: maintenanceParams,
    status: 204,
    run: async (ctx, { params }) => {
      await deleteMaintenance(ctx, params.maintenanceId);
    },
  }),
];
