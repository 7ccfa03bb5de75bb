import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";
import { enqueueEmail, type OutgoingEmail } from "@/lib/email/enqueue";
import { outboxTransport } from "@/lib/email/transports/outbox";
import { smtpTransport } from "@/lib/email/transports/smtp";
import { emailSendTask } from "@/worker/tasks/email__send";
import { uniqueEmail } from "../support/factories";
import { helpersForJob } from "../support/job-helpers";
import { startSmtpSink } from "../support/smtp-sink";

const FROM = "Pingpage Test <status@pingpage.test>";

function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to: uniqueEmail("mail"),
    subject: "Your check is down",
    text: "Plain body of the message.",
    html: "<p>HTML body of the <strong>message</strong>.</p>",
    kind: "test",
    ...overrides,
  };
}

async function queue(overrides: Partial<OutgoingEmail> = {}) {
  const input = message(overrides);
  const { emailId } = await db.transaction((tx) => enqueueEmail(tx, input));
  return { emailId, to: input.to, jobKey: `email:${emailId}` };
}

async function row(emailId: string) {
  const [found] = await db.select().from(emails).where(eq(emails.id, emailId));
  return found!;
}

describe("sending e-mail through SMTP", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let task: ReturnType<typeof emailSendTask>;

  beforeAll(async () => {
    sink = await startSmtpSink({ user: "mailer", password: "p@ss:w/rd" });
    task = emailSendTask(async () => smtpTransport({ url: `smtp://mailer@127.0.0.1:${sink.port}`, password: "p@ss:w/rd", from: FROM }));
  });
  afterAll(() => sink.close());

  it("delivers a queued message with its subject, from, to, text and html", async () => {
    const { emailId, to, jobKey } = await queue({ headers: { "List-Unsubscribe": "<https://pingpage.test/u/1>" } });
    await task({ emailId }, await helpersForJob(jobKey, 1));

    const mail = sink.received.find((m) => m.envelopeTo.includes(to))!;
    expect(mail).toBeDefined();
    expect(mail.envelopeFrom).toBe("status@pingpage.test");
    expect(sink.header(mail, "Subject")).toBe("Your check is down");
    expect(sink.header(mail, "From")).toBe(FROM);
    expect(sink.header(mail, "To")).toBe(to);
    expect(sink.header(mail, "List-Unsubscribe")).toBe("<https://pingpage.test/u/1>");
    expect(mail.raw).toContain("Plain body of the message.");
    expect(mail.raw).toContain("<p>HTML body of the <strong>message</strong>.</p>");
    expect(await row(emailId)).toMatchObject({ status: "sent", transport: "smtp", attempts: 1, lastError: null });
  });

  it("does not send again when the job is retried after a success", async () => {
    const { emailId, to, jobKey } = await queue();
    await task({ emailId }, await helpersForJob(jobKey, 1));
    await task({ emailId }, await helpersForJob(jobKey, 2));
    expect(sink.received.filter((m) => m.envelopeTo.includes(to))).toHaveLength(1);
    expect((await row(emailId)).attempts).toBe(1);
  });

  it("records each failure for a retry, and marks the message failed after the last attempt", async () => {
    const refusing = await startSmtpSink({ reject: "Mailbox unavailable" });
    try {
      const failing = emailSendTask(async () => smtpTransport({ url: `smtp://127.0.0.1:${refusing.port}`, from: FROM }));
      const { emailId, jobKey } = await queue();
      const maxAttempts = (await helpersForJob(jobKey, 1)).job.max_attempts;

      await expect(failing({ emailId }, await helpersForJob(jobKey, 1))).rejects.toThrow(/Mailbox unavailable/);
      expect(await row(emailId)).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringMatching(/Mailbox unavailable/) });

      await expect(failing({ emailId }, await helpersForJob(jobKey, maxAttempts))).rejects.toThrow(/Mailbox unavailable/);
      expect(await row(emailId)).toMatchObject({ status: "failed", attempts: 2, sentAt: null });
    } finally {
      await refusing.close();
    }
  });
});

describe("the email__send job", () => {
  it("lands in the dev outbox when no transport is configured", async () => {
    const { emailId, jobKey } = await queue();
    await emailSendTask(async () => outboxTransport)({ emailId }, await helpersForJob(jobKey, 1));
    expect(await row(emailId)).toMatchObject({ status: "sent", transport: "outbox", openedAt: null });
  });

  it("is queued with the message and only when its transaction commits", async () => {
    const jobOf = async (emailId: string) =>
      (
        await db.execute<{ payload: unknown; task_identifier: string }>(sql`
          select j.payload, t.identifier as task_identifier
          from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
          where j.key = ${`email:${emailId}`}`)
      ).rows;
    const committed = await queue();
    expect(await jobOf(committed.emailId)).toEqual([{ payload: { emailId: committed.emailId }, task_identifier: "email__send" }]);

    let rolledBack = "";
    await expect(
      db.transaction(async (tx) => {
        rolledBack = (await enqueueEmail(tx, message())).emailId;
        throw new Error("the change that wanted this mail failed");
      }),
    ).rejects.toThrow(/failed/);
    expect(rolledBack).not.toBe("");
    expect(await db.select().from(emails).where(eq(emails.id, rolledBack))).toHaveLength(0);
    expect(await jobOf(rolledBack)).toHaveLength(0);
  });

  it("rejects a malformed payload with a message naming the field", async () => {
    const { jobKey } = await queue();
    const helpers = await helpersForJob(jobKey, 1);
    await expect(emailSendTask(async () => outboxTransport)({ emailId: "not-a-uuid" }, helpers)).rejects.toThrow(
      /email__send: malformed payload \(emailId: /,
    );
    await expect(emailSendTask(async () => outboxTransport)(null, helpers)).rejects.toThrow(/email__send: malformed payload/);
  });

  it("refuses to store a message whose subject or headers could inject a header", async () => {
    const to = uniqueEmail("injected");
    await expect(db.transaction((tx) => enqueueEmail(tx, message({ to, subject: "Hi\r\nBcc: x@evil.test" })))).rejects.toThrow(/subject/);
    await expect(db.transaction((tx) => enqueueEmail(tx, message({ to, headers: { "X-A": "1\nBcc: x@evil.test" } })))).rejects.toThrow(/line breaks/);
    expect(await db.select().from(emails).where(eq(emails.toAddress, to))).toHaveLength(0);
  });
});
