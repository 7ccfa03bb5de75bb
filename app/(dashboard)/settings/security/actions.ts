"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, actionError, fieldErrorsOf } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { workspaceTwoFactor } from "@/lib/schemas/account";
import { setWorkspaceRequiresTwoFactor } from "@/lib/services/two-factor/workspace-policy";

export type WorkspaceTwoFactorState = ActionState & { saved?: boolean };

export async function setWorkspaceTwoFactorAction(_prev: WorkspaceTwoFactorState, formData: FormData): Promise<WorkspaceTwoFactorState> {
  const ctx = await requireCtx();
  const parsed = parseForm(workspaceTwoFactor, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setWorkspaceRequiresTwoFactor(ctx, parsed.data.required);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/settings/security");
  return { saved: true };
}
