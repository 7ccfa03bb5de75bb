import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { Resend } from "resend";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storedSmtp } from "@/lib/services/instance/mail-settings";
import type { MailMessage } from "./transports/types";

/** One message's fate: sent, refused for good (an SMTP 5xx: the address bounces), or failed for now. */
export type BulkOutcome = { ok: true } | { ok: false; permanent: boolean; error: string };

export type BulkMailer = { kind: "smtp" | "resend" | "outbox"; sendMany(messages: (MailMessage & { kind: string })[]): Promise<BulkOutcome[]> };

const RESEND_BATCH = 100;
const pools = new Map<string, Transporter>();

/**
 * A pooled SMTP transport per server, kept for the worker's life: a fan-out of thousands reuses a
 * few connections instead of opening one per message (lib/email/transports/smtp.ts does that).
 */
function smtpPool(url: string, password: string | undefined): Transporter {
  const target = new URL(url);
  if (password !== undefined && target.username) target.password = encodeURIComponent(password);
  const key = target.toString();
  let pool = pools.get(key);
  if (!pool) {
    pool = nodemailer.createTransport({ url: key, pool: true, maxConnections: 8, maxMessages: Infinity, connectionTimeout: 15_000, socketTimeout: 15_000 });
    pools.set(key, pool);
  }
  return pool;
}

function describe(error: unknown): BulkOutcome {
  const code = (error as { responseCode?: number }).responseCode;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  return { ok: false, permanent: typeof code === "number" && code >= 500 && code < 600, error: message };
}

function smtpMailer(pool: Transporter, from: string): BulkMailer {
  return {
    kind: "smtp",
    sendMany: (messages) =>
      Promise.all(
        messages.map(({ kind: _kind, ...message }) =>
          pool.sendMail({ from, ...message }).then(
            (): BulkOutcome => ({ ok: true }),
            (error: unknown) => describe(error),
          ),
        ),
      ),
  };
}

/** Resend's batch API takes 100 messages a call; a refused call fails its 100 for now. */
function resendMailer(apiKey: string, from: string): BulkMailer {
  const client = new Resend(apiKey);
  return {
    kind: "resend",
    async sendMany(messages) {
      const outcomes: BulkOutcome[] = [];
      for (let i = 0; i < messages.length; i += RESEND_BATCH) {
        const chunk = messages.slice(i, i + RESEND_BATCH);
        const { error } = await client.batch.send(chunk.map(({ kind: _kind, ...m }) => ({ from, ...m })));
        outcomes.push(...chunk.map((): BulkOutcome => (error ? { ok: false, permanent: false, error: `Resend refused the batch: ${error.message}` } : { ok: true })));
      }
      return outcomes;
    },
  };
}

/** The dev outbox: each message becomes a row the instance admin can read, as single e-mails do. */
const outboxMailer: BulkMailer = {
  kind: "outbox",
  async sendMany(messages) {
    if (messages.length === 0) return [];
    const now = new Date();
    await db.insert(emails).values(
      messages.map((m) => ({ toAddress: [m.to].flat().join(", "), subject: m.subject, text: m.text, html: m.html, headers: m.headers, kind: m.kind, status: "sent" as const, transport: "outbox" as const, attempts: 1, sentAt: now })),
    );
    return messages.map((): BulkOutcome => ({ ok: true }));
  },
};

/** A pooled SMTP mailer for one server (the bench and tests point it at a local sink). */
export function smtpBulkMailer(url: string, from = env.EMAIL_FROM): BulkMailer {
  return smtpMailer(smtpPool(url, undefined), from);
}

/** The same choice as single e-mails (lib/email/transport.ts), with a bulk path for each. */
export async function resolveBulkMailer(): Promise<BulkMailer> {
  if (env.SMTP_URL) return smtpMailer(smtpPool(env.SMTP_URL, undefined), env.EMAIL_FROM);
  if (env.RESEND_API_KEY) return resendMailer(env.RESEND_API_KEY, env.EMAIL_FROM);
  const stored = await storedSmtp();
  if (stored) return smtpMailer(smtpPool(stored.url, stored.password), stored.from ?? env.EMAIL_FROM);
  return outboxMailer;
}

/** Closes the pools, so a worker or a test can exit. */
export function closeBulkMailers(): void {
  for (const pool of pools.values()) pool.close();
  pools.clear();
}
