import nodemailer from "nodemailer";
import type { MailTransport } from "./types";

export type SmtpConfig = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS). */
  url: string;
  from: string;
  /** Overrides the URL's password; instance settings keep it sealed apart from the URL. */
  password?: string;
};

const timeoutMs = 15_000;

/** Sends through any SMTP server with nodemailer: one connection per message, no pool to leak. */
export function smtpTransport(config: SmtpConfig): MailTransport {
  const url = new URL(config.url);
  if (config.password !== undefined && url.username) url.password = encodeURIComponent(config.password);
  return {
    kind: "smtp",
    async send(message) {
      const transporter = nodemailer.createTransport({
        url: url.toString(),
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      });
      try {
        await transporter.sendMail({ from: config.from, ...message });
      } finally {
        transporter.close();
      }
    },
  };
}
