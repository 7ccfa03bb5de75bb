import { env } from "@/lib/env";

/** The public base URL for links in e-mails, without a trailing slash. */
export function appUrl(): string {
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
