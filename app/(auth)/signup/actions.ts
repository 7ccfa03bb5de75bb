"use server";

import { type ActionState, actionError, fieldErrorsOf, formMessage, formValues } from "@/lib/action-result";
import { parseForm } from "@/lib/parse-form";
import { signUp } from "@/lib/schemas/user";
import { signUpUser } from "@/lib/services/users";

export type SignUpState = ActionState & { created?: boolean };

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData);
  delete values.password;
  const parsed = parseForm(signUp, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error), values };
  try {
    await signUpUser(parsed.data);
    return { created: true, values };
  } catch (error) {
    return actionError(error, values);
  }
}
