"use server";

import { redirect } from "next/navigation";
import { type ActionState, fieldErrorsOf, runAction } from "@/lib/action-result";
import { passwordReset } from "@/lib/schemas/account";
import { completePasswordReset } from "@/lib/services/passwords/reset";

export async function resetPasswordAction(token: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("resetPasswordAction", async () => {
    // The token comes from the URL, bound by the page; only the password is a form field.
    const parsed = passwordReset.safeParse({ token, password: formData.get("password") });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
    await completePasswordReset(parsed.data);
    redirect("/signin?reset=1");
  });
}
