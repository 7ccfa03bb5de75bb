"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { checkId, checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { setCheckPaused, updateCheck } from "@/lib/services/checks/update";

const invalid = "Please fix the highlighted fields.";

export async function createCheckAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createCheckAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(checkInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    const id = await createCheck(ctx, parsed.data);
    revalidatePath("/checks");
    redirect(`/checks/${id}`);
  }, formValues(formData));
}

export async function updateCheckAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("updateCheckAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(checkInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    await updateCheck(ctx, argument(checkId, id), parsed.data);
    revalidatePath("/checks");
    redirect(`/checks/${id}`);
  }, formValues(formData));
}

export async function togglePauseAction(id: string, paused: boolean, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("togglePauseAction", async () => {
    const ctx = await requireCtx();
    await setCheckPaused(ctx, argument(checkId, id), argument(z.boolean(), paused));
    revalidatePath("/checks");
    revalidatePath(`/checks/${id}`);
  });
}

export async function deleteCheckAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deleteCheckAction", async () => {
    const ctx = await requireCtx();
    await deleteCheck(ctx, argument(checkId, id));
    revalidatePath("/checks");
    redirect("/checks");
  });
}
