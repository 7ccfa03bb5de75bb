import "server-only";
import { headers } from "next/headers";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import type { SessionOrigin } from "@/lib/services/sessions/start";

/**
 * The browser and address a sign-in came from, for the sessions list. The address is the one the
 * web process took from the connection (see lib/net/client-address.ts). Outside a request (tests,
 * scripts) both are unknown.
 */
export async function requestOrigin(): Promise<SessionOrigin> {
  try {
    const h = await headers();
    return { userAgent: h.get("user-agent"), ip: clientAddressFromHeaders(h) };
  } catch {
    return { userAgent: null, ip: null };
  }
}
