"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { slug as slugSchema } from "@/lib/schemas/page";
import { unlockPage } from "@/lib/services/status-page/unlock";

export type UnlockState = { error?: string; unlocked?: boolean };

const unlockInput = z.object({ slug: slugSchema, password: z.string().min(1, "unlock.empty").max(200, "unlock.tooLong") });

/**
 * A visitor's password for a protected page; a right one is remembered in a signed, httpOnly
 * cookie. Answers in the locale the page was shown in (bound by the page, so checked here).
 */
export async function unlockPageAction(slug: string, pageLocale: Locale, _prev: UnlockState, formData: FormData): Promise<UnlockState> {
  const t = translator(isLocale(pageLocale) ? pageLocale : "en");
  const parsed = unlockInput.safeParse({ slug, password: formData.get("password") });
  if (!parsed.success) return { error: t(parsed.error.issues[0]?.message === "unlock.tooLong" ? "unlock.tooLong" : "unlock.empty") };
  const requestHeaders = await headers();
  const ip = clientAddressFromHeaders(requestHeaders);
  try {
    const cookie = await unlockPage(parsed.data.slug, parsed.data.password, ip);
    if (!cookie) return { error: t("unlock.wrong") };
    const secure = requestHeaders.get("x-forwarded-proto") === "https";
    (await cookies()).set(cookie.name, cookie.value, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: cookie.expires });
    return { unlocked: true };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    console.error("[unlock] unexpected error", error);
    return { error: t("unlock.failed") };
  }
}
