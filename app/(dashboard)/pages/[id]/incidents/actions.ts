"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { refreshPageCache } from "@/lib/cache/refresh";
import { parseForm } from "@/lib/parse-form";
import { incidentId, incidentInput, incidentUpdateInput } from "@/lib/schemas/incident";
import { pageId } from "@/lib/schemas/page";
import { createIncident, deleteIncident, postIncidentUpdate, publishIncident } from "@/lib/services/incidents/write";

const invalid = "Please fix the highlighted fields.";

export async function createIncidentAction(page: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createIncidentAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(incidentInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    const id = await createIncident(ctx, argument(pageId, page), parsed.data);
    refreshPageCache(page);
    redirect(`/pages/${page}/incidents/${id}`);
  }, formValues(formData));
}

export async function postIncidentUpdateAction(page: string, incident: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("postIncidentUpdateAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(incidentUpdateInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    refreshPageCache(await postIncidentUpdate(ctx, argument(incidentId, incident), parsed.data));
    revalidatePath(`/pages/${page}/incidents/${incident}`);
    return { message: null };
  }, formValues(formData));
}

export async function publishIncidentAction(page: string, incident: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("publishIncidentAction", async () => {
    const ctx = await requireCtx();
    refreshPageCache(await publishIncident(ctx, argument(incidentId, incident)));
    revalidatePath(`/pages/${page}/incidents/${incident}`);
  });
}

export async function deleteIncidentAction(page: string, incident: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deleteIncidentAction", async () => {
    const ctx = await requireCtx();
    refreshPageCache(await deleteIncident(ctx, argument(incidentId, incident)));
    redirect(`/pages/${page}/incidents`);
  });
}
