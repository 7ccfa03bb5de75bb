"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, actionError, fieldErrorsOf, formValues } from "@/lib/action-result";
import { requireUserId } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { mailSettingsInput } from "@/lib/schemas/mail-settings";
import { saveMailSettings } from "@/lib/services/instance/mail-settings";
import { sendTestEmail } from "@/lib/services/instance/mail-test";

const PATH = "/admin/mail";

/** What the form keeps after a failed submit: never the password. */
function keptValues(formData: FormData) {
  const { smtpPassword: _password, ...values } = formValues(formData);
  return values;
}

export async function saveMailSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const userId = await requireUserId();
  const parsed = parseForm(mailSettingsInput, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
  try {
    await saveMailSettings({ userId }, parsed.data);
    revalidatePath("/", "layout");
    return { values: { ...keptValues(formData), saved: "yes" } };
  } catch (error) {
    return actionError(error, keptValues(formData));
  }
}

export async function sendTestEmailAction(_prev: ActionState): Promise<ActionState> {
  const userId = await requireUserId();
  try {
    await sendTestEmail({ userId });
    revalidatePath(PATH);
    return { values: { queued: "yes" } };
  } catch (error) {
    return actionError(error);
  }
}
