"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { type ActionState, runAction } from "@/lib/action-result";
import { requireUserId } from "@/lib/auth/context";
import { LINK_INTENT_COOKIE, LINK_INTENT_SECONDS, signLinkIntent } from "@/lib/auth/link-intent";
import { env, oauthProviders } from "@/lib/env";
import { unlinkIdentity } from "@/lib/services/accounts/sign-in-methods";

const provider = z.enum(["github", "google", "oidc"]);

/** Marks the OAuth round trip the browser starts next as "link to me", for the signIn callback. */
export async function startLinkAction(wanted: string): Promise<{ ok: boolean }> {
  const userId = await requireUserId();
  const parsed = provider.safeParse(wanted);
  if (!parsed.success || !oauthProviders()[parsed.data] || !env.NEXTAUTH_SECRET) return { ok: false };
  (await cookies()).set(LINK_INTENT_COOKIE, signLinkIntent(env.NEXTAUTH_SECRET, userId, parsed.data), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/api/auth",
    maxAge: LINK_INTENT_SECONDS,
  });
  return { ok: true };
}

export async function unlinkAction(identityId: string, _prev: ActionState): Promise<ActionState> {
  return runAction("unlinkAction", async () => {
    const userId = await requireUserId();
    const parsed = z.string().uuid().safeParse(identityId);
    if (!parsed.success) return { message: "That sign-in method does not exist." };
    await unlinkIdentity(userId, parsed.data);
    revalidatePath("/account/sign-in-methods");
    return { message: null };
  });
}
