"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { refreshPageCache } from "@/lib/cache/refresh";
import { parseForm } from "@/lib/parse-form";
import { maintenanceId, maintenanceInput, maintenanceUpdateInput } from "@/lib/schemas/maintenance";
import { pageId } from "@/lib/schemas/page";
import { completeMaintenance, createMaintenance, deleteMaintenance, postMaintenanceUpdate } from "@/lib/services/maintenances/write";

const invalid = "Please fix the highlighted fields.";

export async function createMaintenanceAction(page: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createMaintenanceAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(maintenanceInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    const id = await createMaintenance(ctx, argument(pageId, page), parsed.data);
    refreshPageCache(page);
    redirect(`/pages/${page}/maintenance/${id}`);
  }, formValues(formData));
}

export async function postMaintenanceUpdateAction(page: string, maintenance: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("postMaintenanceUpdateAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(maintenanceUpdateInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    refreshPageCache(await postMaintenanceUpdate(ctx, argument(maintenanceId, maintenance), parsed.data.message));
    revalidatePath(`/pages/${page}/maintenance/${maintenance}`);
    return { message: null };
  }, formValues(formData));
}

export async function completeMaintenanceAction(page: string, maintenance: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("completeMaintenanceAction", async () => {
    const ctx = await requireCtx();
    refreshPageCache(await completeMaintenance(ctx, argument(maintenanceId, maintenance)));
    revalidatePath(`/pages/${page}/maintenance/${maintenance}`);
  });
}

export async function deleteMaintenanceAction(page: string, maintenance: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deleteMaintenanceAction", async () => {
    const ctx = await requireCtx();
    refreshPageCache(await deleteMaintenance(ctx, argument(maintenanceId, maintenance)));
    redirect(`/pages/${page}/maintenance`);
  });
}
