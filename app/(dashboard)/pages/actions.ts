"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, actionError, argument, fieldErrorsOf, formMessage, formValues } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { componentsInput, pageId, pageInput, pagePasswordInput } from "@/lib/schemas/page";
import { setPagePassword, updateComponents } from "@/lib/services/pages/settings";
import { createPage, deletePage, updatePage } from "@/lib/services/pages/write";

const invalid = "Please fix the highlighted fields.";

export async function createPageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const parsed = parseForm(pageInput, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
  let id: string;
  try {
    id = await createPage(ctx, parsed.data);
  } catch (error) {
    return actionError(error, formValues(formData));
  }
  revalidatePath("/pages");
  redirect(`/pages/${id}?created=1`);
}

export async function updatePageAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const parsed = parseForm(pageInput, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
  try {
    await updatePage(ctx, argument(pageId, id), parsed.data);
  } catch (error) {
    return actionError(error, formValues(formData));
  }
  revalidatePath("/pages");
  return { message: null, values: formValues(formData) };
}

export async function deletePageAction(id: string): Promise<void> {
  const ctx = await requireCtx();
  await deletePage(ctx, argument(pageId, id));
  revalidatePath("/pages");
  redirect("/pages");
}

export async function setPasswordAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const parsed = parseForm(pagePasswordInput, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid) };
  try {
    await setPagePassword(ctx, argument(pageId, id), parsed.data.password);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/pages/${id}`);
  return { message: null, values: { saved: parsed.data.password ? "protected" : "public" } };
}

export async function updateComponentsAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const parsed = parseForm(componentsInput, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
  try {
    await updateComponents(ctx, argument(pageId, id), parsed.data);
  } catch (error) {
    return actionError(error, formValues(formData));
  }
  revalidatePath(`/pages/${id}/components`);
  return { message: null, values: formValues(formData) };
}
