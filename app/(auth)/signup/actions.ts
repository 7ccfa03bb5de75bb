"use server";

import { headers } from "next/headers";
import { type ActionState, actionError, fieldErrorsOf, formValues } from "@/lib/action-result";
import { parseForm } from "@/lib/parse-form";
import { signUp } from "@/lib/schemas/user";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { takeSignUpAttempt } from "@/lib/services/limits/attempts";
import { signUpUser } from "@/lib/services/users";

export type SignUpState = ActionState & { created?: boolean };

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData);
  delete values.password;
  const parsed = parseForm(signUp, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await takeSignUpAttempt(clientAddressFromHeaders(await headers()));
    await signUpUser(parsed.data);
    return { created: true, values };
  } catch (error) {
    return actionError(error, values);
  }
}
