import "server-only";
import { z } from "zod";
import { emails } from "@/db/schema";
import type { Database } from "@/lib/db";
import { enqueue } from "@/lib/jobs/registry";

/** No CR, LF or other control character may reach a header: it would start a new one. */
const headerValue = z.string().refine((v) => !/[\p{Cc}\u2028\u2029]/u.test(v), "must not contain line breaks or control characters");

export const outgoingEmail = z.object({
  to: z.string().trim().email("to: not an e-mail address"),
  subject: headerValue.pipe(z.string().min(1, "subject is empty").max(998, "subject is too long")),
  text: z.string(),
  html: z.string(),
  kind: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "kind: lowercase letters, digits and underscores"),
  headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,76}$/, "header names: letters, digits and dashes"), headerValue).optional(),
});
export type OutgoingEmail = z.input<typeof outgoingEmail>;

/** Retries with graphile-worker's exponential backoff: the last about half an hour after the first. */
export const EMAIL_SEND_ATTEMPTS = 8;

type Executor = Pick<Database, "insert" | "execute">;

/**
 * Stores the message and queues its delivery in the caller's transaction: if the change rolls
 * back, no mail goes out. Sending itself happens in the worker (worker/tasks/email__send.ts).
 */
export async function enqueueEmail(executor: Executor, message: OutgoingEmail): Promise<{ emailId: string }> {
  const parsed = outgoingEmail.parse(message);
  const [row] = await executor
    .insert(emails)
    .values({
      toAddress: parsed.to,
      subject: parsed.subject,
      text: parsed.text,
      html: parsed.html,
      kind: parsed.kind,
      headers: parsed.headers ?? {},
    })
    .returning({ id: emails.id });
  if (!row) throw new Error("insert into emails returned no row");
  await enqueue(executor, "email__send", { emailId: row.id }, { jobKey: `email:${row.id}`, maxAttempts: EMAIL_SEND_ATTEMPTS });
  return { emailId: row.id };
}
