"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, formValues, runAction } from "@/lib/action-result";
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
  return runAction("saveMailSettingsAction", async () => {
    const userId = await requireUserId();
    const parsed = parseForm(mailSettingsInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
    await saveMailSettings({ userId }, parsed.data);
    revalidatePath("/", "layout");
    return { values: { ...keptValues(formData), saved: "yes" } };
  }, keptValues(formData));
}

export async function sendTestEmailAction(_prev: ActionState): Promise<ActionState> {
  return runAction("sendTestEmailAction", async () => {
    const userId = await requireUserId();
    await sendTestEmail({ userId });
    revalidatePath(PATH);
    return { values: { queued: "yes" } };
  });
}
