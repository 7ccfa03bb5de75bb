import "server-only";
import { headers } from "next/headers";
import type { SessionOrigin } from "@/lib/services/sessions/start";

/**
 * The browser and address a sign-in came from, for the sessions list only (never for a security
 * decision). Outside a request (tests, scripts) both are unknown.
 */
export async function requestOrigin(): Promise<SessionOrigin> {
  try {
    const h = await headers();
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    return { userAgent: h.get("user-agent"), ip: forwarded || h.get("x-real-ip") };
  } catch {
    return { userAgent: null, ip: null };
  }
}
