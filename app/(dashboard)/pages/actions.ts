"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { refreshPageCache } from "@/lib/cache/refresh";
import { componentsInput, pageId, pageInput, pagePasswordInput } from "@/lib/schemas/page";
import { setPagePassword, updateComponents } from "@/lib/services/pages/settings";
import { createPage, deletePage, updatePage } from "@/lib/services/pages/write";

const invalid = "Please fix the highlighted fields.";

export async function createPageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createPageAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(pageInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    const id = await createPage(ctx, parsed.data);
    revalidatePath("/pages");
    redirect(`/pages/${id}?created=1`);
  }, formValues(formData));
}

export async function updatePageAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("updatePageAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(pageInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    refreshPageCache(await updatePage(ctx, argument(pageId, id), parsed.data));
    revalidatePath("/pages");
    return { message: null, values: formValues(formData) };
  }, formValues(formData));
}

export async function deletePageAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deletePageAction", async () => {
    const ctx = await requireCtx();
    refreshPageCache(await deletePage(ctx, argument(pageId, id)));
    revalidatePath("/pages");
    redirect("/pages");
  });
}

export async function setPasswordAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("setPasswordAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(pagePasswordInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid) };
    await setPagePassword(ctx, argument(pageId, id), parsed.data.password);
    refreshPageCache(id);
    revalidatePath(`/pages/${id}`);
    return { message: null, values: { saved: parsed.data.password ? "protected" : "public" } };
  });
}

export async function updateComponentsAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("updateComponentsAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(componentsInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    await updateComponents(ctx, argument(pageId, id), parsed.data);
    refreshPageCache(id);
    revalidatePath(`/pages/${id}/components`);
    return { message: null, values: formValues(formData) };
  }, formValues(formData));
}
