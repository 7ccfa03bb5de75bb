"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { setFlash } from "@/lib/flash/set";
import { parseForm } from "@/lib/parse-form";
import { checkId, checkInput } from "@/lib/schemas/check";
import { bulkCheckIds, bulkCheckOperation } from "@/lib/schemas/check-list";
import { tagId, tagInput } from "@/lib/schemas/tag";
import { bulkUpdateChecks } from "@/lib/services/checks/bulk";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { createTag, deleteTag } from "@/lib/services/checks/tags";
import { setCheckPaused, updateCheck } from "@/lib/services/checks/update";

const invalid = "Please fix the highlighted fields.";

export async function createCheckAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createCheckAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(checkInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, invalid), values: formValues(formData) };
    const id = await createCheck(ctx, parsed.data);
    revalidatePath("/checks");
    await setFlash("check.created");
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
    await setFlash("check.updated");
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
    await setFlash("check.deleted");
    redirect("/checks");
  });
}

/** A bulk action's result: `done` confirms what changed; `message` (from ActionState) is a refusal. */
export type BulkState = ActionState & { done?: string };

const verbs = { pause: "Paused", resume: "Resumed", delete: "Deleted", tag: "Tagged", untag: "Untagged" } as const;
const optionalTag = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().optional());

export async function bulkChecksAction(_prev: BulkState, formData: FormData): Promise<BulkState> {
  return runAction<BulkState>("bulkChecksAction", async () => {
    const ctx = await requireCtx();
    const ids = argument(bulkCheckIds, formData.getAll("ids"));
    const operation = argument(bulkCheckOperation, { op: formData.get("op"), tagId: argument(optionalTag, formData.get("tagId")) });
    const { changed } = await bulkUpdateChecks(ctx, ids, operation);
    revalidatePath("/checks");
    const noun = changed === 1 ? "check" : "checks";
    return { done: changed === 0 ? "Nothing to change: the selected checks were already like that." : `${verbs[operation.op]} ${changed} ${noun}.` };
  });
}

export async function createTagAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createTagAction", async () => {
    const ctx = await requireCtx();
    const parsed = tagInput.safeParse({ name: formData.get("name"), colour: formData.get("colour") });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Please fix the highlighted fields." };
    await createTag(ctx, parsed.data);
    revalidatePath("/checks", "layout");
    return { message: null };
  });
}

export async function deleteTagAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deleteTagAction", async () => {
    const ctx = await requireCtx();
    await deleteTag(ctx, argument(tagId, id));
    revalidatePath("/checks", "layout");
  });
}
