"use server";

import { cookies, headers } from "next/headers";
import { appUrl } from "@/lib/accounts/app-url";
import { WORKSPACE_COOKIE } from "@/lib/auth/context";
import { type ActionState, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { mailTransportKind } from "@/lib/email/transport";
import { parseForm } from "@/lib/parse-form";
import { invitationToken } from "@/lib/schemas/member";
import { signUp } from "@/lib/schemas/user";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { signUpUser } from "@/lib/services/accounts/sign-up";
import { takeSignUpAttempt } from "@/lib/services/limits/attempts";

/** After a valid submit: the same answer whether or not the address already had an account. */
export type SignUpState = ActionState & { sentTo?: string; verificationLink?: string | null; signInToken?: string };

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData);
  delete values.password;
  return runAction("signUpAction", async (): Promise<SignUpState> => {
    const parsed = parseForm(signUp, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error), values };
    await takeSignUpAttempt(clientAddressFromHeaders(await headers()));
    const invitation = invitationToken.safeParse(formData.get("invitation")).data;
    const outcome = await signUpUser(parsed.data, { baseUrl: appUrl(), transport: await mailTransportKind(), invitation });
    if (outcome.joinedWorkspaceId) {
      (await cookies()).set(WORKSPACE_COOKIE, outcome.joinedWorkspaceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    }
    return { sentTo: outcome.email, verificationLink: outcome.verificationLink, signInToken: outcome.signInToken };
  }, values);
}
