"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, actionError, fieldErrorsOf, formValues } from "@/lib/action-result";
import { requireUserId } from "@/lib/auth/context";
import { instanceSettingsInput } from "@/lib/schemas/instance-settings";
import { saveInstanceSettings } from "@/lib/services/instance/settings";

export async function saveInstanceSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const userId = await requireUserId();
  const values = formValues(formData);
  const quota = (name: string) => formData.get(`defaultQuotas.${name}`);
  // A checkbox sends "on" or nothing: turned into a boolean here, never in the shared schema.
  const parsed = instanceSettingsInput.safeParse({
    signupMode: formData.get("signupMode"),
    allowPrivateTargets: formData.get("allowPrivateTargets") === "on",
    defaultQuotas: { checks: quota("checks"), minIntervalSeconds: quota("minIntervalSeconds"), pages: quota("pages"), members: quota("members"), regionsPerCheck: quota("regionsPerCheck") },
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Please fix the highlighted fields.", values };
  try {
    await saveInstanceSettings({ userId }, parsed.data);
    revalidatePath("/admin/instance");
    return { values: { ...values, saved: "yes" } };
  } catch (error) {
    return actionError(error, values);
  }
}
