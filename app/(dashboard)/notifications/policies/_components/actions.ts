"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, argument, fieldErrorsOf, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { alertPolicyId, alertPolicyInput } from "@/lib/schemas/alert-policy";
import { createAlertPolicy, deleteAlertPolicy, updateAlertPolicy } from "@/lib/services/alerts/policies/write";
import { formValues, policyFromForm } from "./policy-from-form";

/** Creates a policy, or saves one when `id` is bound. */
export async function savePolicyAction(id: string | null, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  return runAction(
    "savePolicyAction",
    async () => {
      const ctx = await requireCtx();
      const parsed = alertPolicyInput.safeParse(policyFromForm(formData));
      if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Please fix the highlighted fields.", values };
      if (id) await updateAlertPolicy(ctx, argument(alertPolicyId, id), parsed.data);
      else await createAlertPolicy(ctx, parsed.data);
      revalidatePath("/notifications/policies");
      redirect("/notifications/policies");
    },
    values,
  );
}

export async function deletePolicyAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deletePolicyAction", async () => {
    const ctx = await requireCtx();
    await deleteAlertPolicy(ctx, argument(alertPolicyId, id));
    revalidatePath("/notifications/policies");
    redirect("/notifications/policies");
  });
}
