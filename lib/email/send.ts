import "server-only";
import { Resend } from "resend";
import { env } from "@/lib/env";

export type Email = { to: string; subject: string; text: string; html: string };

/** Sends through Resend when RESEND_API_KEY is set; returns false when e-mail is not configured. */
export async function sendEmail(message: Email): Promise<boolean> {
  if (!env.RESEND_API_KEY) {
    console.info(`[email] not configured (RESEND_API_KEY unset); not sent to ${message.to}: ${message.subject}`);
    return false;
  }
  const { error } = await new Resend(env.RESEND_API_KEY).emails.send({ from: env.EMAIL_FROM, ...message });
  if (error) throw new Error(`Resend refused the e-mail: ${error.message}`);
  return true;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
