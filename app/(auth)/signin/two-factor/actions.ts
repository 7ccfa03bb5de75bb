"use server";

import { redirect } from "next/navigation";
import { type ActionState, fieldErrorsOf, runAction } from "@/lib/action-result";
import { currentSession } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { localPath } from "@/lib/schemas/callback-url";
import { twoFactorChallenge } from "@/lib/schemas/account";
import { verifySignInSecondFactor } from "@/lib/services/two-factor/verify";

export async function verifyTwoFactorAction(callbackUrl: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("verifyTwoFactorAction", async () => {
    const next = localPath.parse(callbackUrl);
    const state = await currentSession();
    if (state.status === "signed_out") redirect("/signin");
    if (state.status === "active") redirect(next);
    const parsed = parseForm(twoFactorChallenge, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
    await verifySignInSecondFactor({ userId: state.userId, sessionId: state.sessionId }, parsed.data.code);
    redirect(next);
  });
}
