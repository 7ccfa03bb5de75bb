"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { slug as slugSchema } from "@/lib/schemas/page";
import { findPagePasswordHash } from "@/lib/services/status-page/find";
import { loadPublicPage } from "@/lib/services/status-page/snapshot";
import { signUnlock, unlockCookieName } from "@/lib/status-page/unlock";

export type UnlockState = { error?: string; unlocked?: boolean };

const unlockInput = z.object({ password: z.string().min(1, "Enter the page's password").max(200) });

/** Checks a visitor's password for a protected page and remembers it in a signed, httpOnly cookie. */
export async function unlockPageAction(slug: string, _prev: UnlockState, formData: FormData): Promise<UnlockState> {
  const parsedSlug = slugSchema.safeParse(slug);
  const parsed = unlockInput.safeParse({ password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter the page's password" };
  const page = parsedSlug.success ? await findPagePasswordHash(parsedSlug.data) : null;
  if (!page?.passwordHash || !(await verifyPassword(page.passwordHash, parsed.data.password))) {
    return { error: "That password is not correct. Check it and try again." };
  }
  const publicPage = await loadPublicPage(page.id);
  if (!publicPage?.passwordFingerprint) return { error: "That password is not correct. Check it and try again." };
  const { value, expires } = signUnlock(page.id, publicPage.passwordFingerprint);
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(unlockCookieName(publicPage.slug), value, { httpOnly: true, sameSite: "lax", secure, path: "/", expires });
  return { unlocked: true };
}
