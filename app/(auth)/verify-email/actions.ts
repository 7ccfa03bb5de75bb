"use server";

import { appUrl } from "@/lib/accounts/app-url";
import { showsVerificationLinkOnScreen } from "@/lib/accounts/first-user-rule";
import { type ActionState, runAction } from "@/lib/action-result";
import { requireSignedInUserId } from "@/lib/auth/context";
import { mailTransportKind } from "@/lib/email/transport";
import { resendVerification } from "@/lib/services/accounts/resend-verification";
import { isInstanceAdmin } from "@/lib/services/instance/admin";

/** `sent` reports success; a refusal comes back as `message`, shown as an alert. */
export type ResendState = ActionState & { sent?: string; link?: string };

export async function resendVerificationAction(_prev: ResendState): Promise<ResendState> {
  return runAction("resendVerificationAction", async (): Promise<ResendState> => {
    const userId = await requireSignedInUserId();
    const result = await resendVerification(userId, appUrl());
    if (result.status === "already_verified") return { sent: "Your address is already verified. Reload the page to continue." };
    const [transport, isFirstUser] = await Promise.all([mailTransportKind(), isInstanceAdmin(userId)]);
    const link = showsVerificationLinkOnScreen({ transport, isFirstUser }) ? new URL(result.link).pathname : undefined;
    return { sent: `We sent a new link to ${result.email}.`, link };
  });
}
