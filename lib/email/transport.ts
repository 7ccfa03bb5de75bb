import "server-only";
import type { MailTransportKind } from "@/db/schema";
import { env } from "@/lib/env";
import { storedMailTransport, storedSmtp } from "@/lib/services/instance/mail-settings";
import { outboxTransport } from "./transports/outbox";
import { resendTransport } from "./transports/resend";
import { smtpTransport } from "./transports/smtp";
import type { MailTransport } from "./transports/types";

/** The transport the environment forces, if any: it wins over the admin's settings. */
export function envMailTransportKind(): Exclude<MailTransportKind, "outbox"> | null {
  if (env.SMTP_URL) return "smtp";
  if (env.RESEND_API_KEY) return "resend";
  return null;
}

/** SMTP_URL, then RESEND_API_KEY, then the instance admin's SMTP settings, else the dev outbox. */
export async function resolveMailTransport(): Promise<MailTransport> {
  if (env.SMTP_URL) return smtpTransport({ url: env.SMTP_URL, from: env.EMAIL_FROM });
  if (env.RESEND_API_KEY) return resendTransport({ apiKey: env.RESEND_API_KEY, from: env.EMAIL_FROM });
  const stored = await storedSmtp();
  if (stored) return smtpTransport({ url: stored.url, password: stored.password, from: stored.from ?? env.EMAIL_FROM });
  return outboxTransport;
}

/** Where mail goes now; "outbox" means nobody outside this instance receives it. */
export async function mailTransportKind(): Promise<MailTransportKind> {
  const forced = envMailTransportKind();
  if (forced) return forced;
  return storedMailTransport();
}
