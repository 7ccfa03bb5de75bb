"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, argument, fieldErrorsOf, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { checkId } from "@/lib/schemas/check";
import { tagInput } from "@/lib/schemas/tag";
import { cloneCheck } from "@/lib/services/checks/clone";
import { runCheckNow, type RunNowResult } from "@/lib/services/checks/run-now";
import { createTag, setCheckTags } from "@/lib/services/checks/tags";

export type RunNowState = ActionState & { result?: RunNowResult };

const tagIds = z.array(z.uuid({ error: "Pick tags from the list" }), { error: "Pick tags from the list" }).max(50, "At most 50 tags on a check");

export async function cloneCheckAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("cloneCheckAction", async () => {
    const ctx = await requireCtx();
    const copy = await cloneCheck(ctx, argument(checkId, id), { paused: formData.get("paused") === "on" });
    revalidatePath("/checks");
    redirect(`/checks/${copy}`);
  });
}

export async function runNowAction(id: string, _prev: RunNowState, _formData: FormData): Promise<RunNowState> {
  return runAction<RunNowState>("runNowAction", async () => {
    const ctx = await requireCtx();
    return { result: await runCheckNow(ctx, argument(checkId, id)) };
  });
}

/** Saves the picked tags; a name typed in "New tag" is created first and picked too. */
export async function setCheckTagsAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("setCheckTagsAction", async () => {
    const ctx = await requireCtx();
    const check = argument(checkId, id);
    const picked = argument(tagIds, formData.getAll("tagIds"));
    const newName = formData.get("newTag");
    if (typeof newName === "string" && newName.trim() !== "") {
      const parsed = tagInput.safeParse({ name: newName, colour: formData.get("newTagColour") });
      if (!parsed.success) {
        const errors = fieldErrorsOf(parsed.error);
        return { fieldErrors: { newTag: errors.name, newTagColour: errors.colour }, message: "Please fix the highlighted fields." };
      }
      picked.push((await createTag(ctx, parsed.data)).id);
    }
    await setCheckTags(ctx, check, picked);
    revalidatePath(`/checks/${check}`);
    revalidatePath("/checks");
    return { message: null };
  });
}
