"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { workspaceTwoFactor } from "@/lib/schemas/account";
import { setWorkspaceRequiresTwoFactor } from "@/lib/services/two-factor/workspace-policy";

export type WorkspaceTwoFactorState = ActionState & { saved?: boolean };

export async function setWorkspaceTwoFactorAction(_prev: WorkspaceTwoFactorState, formData: FormData): Promise<WorkspaceTwoFactorState> {
  return runAction("setWorkspaceTwoFactorAction", async (): Promise<WorkspaceTwoFactorState> => {
    const ctx = await requireCtx();
    const parsed = parseForm(workspaceTwoFactor, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
    await setWorkspaceRequiresTwoFactor(ctx, parsed.data.required);
    revalidatePath("/settings/security");
    return { saved: true };
  });
}
