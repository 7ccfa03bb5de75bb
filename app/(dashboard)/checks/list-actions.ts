"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, argument, fieldErrorsOf, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { bulkCheckIds, bulkCheckOperation } from "@/lib/schemas/check-list";
import { tagId, tagInput } from "@/lib/schemas/tag";
import { bulkUpdateChecks } from "@/lib/services/checks/bulk";
import { createTag, deleteTag } from "@/lib/services/checks/tags";

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
