"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, runAction } from "@/lib/action-result";
import { requireSession } from "@/lib/auth/context";
import { ConflictError } from "@/lib/errors";
import { parseForm } from "@/lib/parse-form";
import { twoFactorConfirm, twoFactorDisable } from "@/lib/schemas/account";
import { disableTwoFactor } from "@/lib/services/two-factor/disable";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/services/two-factor/enrol";

const PATH = "/account/two-factor";

/** Already on (another tab got there first): the page re-renders showing that. */
export async function startTwoFactorAction(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("startTwoFactorAction", async () => {
    const ctx = await requireSession();
    try {
      await startTwoFactorEnrolment(ctx);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    revalidatePath(PATH);
  });
}

export type ConfirmState = ActionState & { recoveryCodes?: string[] };

/** No revalidation here: the page would re-render without the recovery codes before the user saw them. */
export async function confirmTwoFactorAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  return runAction("confirmTwoFactorAction", async (): Promise<ConfirmState> => {
    const ctx = await requireSession();
    const parsed = parseForm(twoFactorConfirm, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
    return { recoveryCodes: await confirmTwoFactorEnrolment(ctx, parsed.data.code) };
  });
}

export async function disableTwoFactorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("disableTwoFactorAction", async () => {
    const ctx = await requireSession();
    const parsed = parseForm(twoFactorDisable, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
    await disableTwoFactor(ctx, parsed.data);
    revalidatePath(PATH);
    revalidatePath("/account");
    return {};
  });
}
