"use server";

import { type ActionState, fieldErrorsOf, formValues, runAction } from "@/lib/action-result";
import { env } from "@/lib/env";
import { parseForm } from "@/lib/parse-form";
import { passwordResetRequest } from "@/lib/schemas/account";
import { requestPasswordReset } from "@/lib/services/passwords/reset";

export type ForgotPasswordState = ActionState & { sent?: boolean };

/** The same answer whether or not the address has an account. */
export async function forgotPasswordAction(_prev: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  return runAction("forgotPasswordAction", async (): Promise<ForgotPasswordState> => {
    const parsed = parseForm(passwordResetRequest, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: formValues(formData) };
    await requestPasswordReset(parsed.data, env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`);
    return { sent: true, values: { email: parsed.data.email } };
  }, formValues(formData));
}
