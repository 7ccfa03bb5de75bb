"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { actionError } from "@/lib/action-result";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import { slug as slugSchema } from "@/lib/schemas/page";
import { unlockPage } from "@/lib/services/status-page/unlock";

export type UnlockState = { error?: string; unlocked?: boolean };

const unlockInput = z.object({ slug: slugSchema, password: z.string().min(1, "Enter the page's password").max(200, "That password is too long") });

/** A visitor's password for a protected page; a right one is remembered in a signed, httpOnly cookie. */
export async function unlockPageAction(slug: string, _prev: UnlockState, formData: FormData): Promise<UnlockState> {
  const parsed = unlockInput.safeParse({ slug, password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter the page's password" };
  const requestHeaders = await headers();
  const ip = clientAddressFromHeaders(requestHeaders);
  try {
    const cookie = await unlockPage(parsed.data.slug, parsed.data.password, ip);
    if (!cookie) return { error: "That password is not correct. Check it and try again." };
    const secure = requestHeaders.get("x-forwarded-proto") === "https";
    (await cookies()).set(cookie.name, cookie.value, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: cookie.expires });
    return { unlocked: true };
  } catch (error) {
    return { error: actionError(error, undefined, "unlockPageAction").message ?? undefined };
  }
}
