"use server";

import { headers } from "next/headers";
import { appUrl } from "@/lib/accounts/app-url";
import { type ActionState, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { mailTransportKind } from "@/lib/email/transport";
import { parseForm } from "@/lib/parse-form";
import { signUp } from "@/lib/schemas/user";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { signUpUser } from "@/lib/services/accounts/sign-up";
import { takeSignUpAttempt } from "@/lib/services/limits/attempts";

/** After a valid submit: the same answer whether or not the address already had an account. */
export type SignUpState = ActionState & { sentTo?: string; verificationLink?: string | null };

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData);
  delete values.password;
  return runAction("signUpAction", async (): Promise<SignUpState> => {
    const parsed = parseForm(signUp, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error), values };
    await takeSignUpAttempt(clientAddressFromHeaders(await headers()));
    const outcome = await signUpUser(parsed.data, { baseUrl: appUrl(), transport: await mailTransportKind() });
    return { sentTo: outcome.email, verificationLink: outcome.verificationLink };
  }, values);
}
