import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, type Flash } from "./messages";

/** Call before redirect(): the next page shows the notice once. Readable by script, which spends it. */
export async function setFlash(flash: Flash): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, flash, { path: "/", maxAge: 60, sameSite: "lax", httpOnly: false });
}
