import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/email/transports/smtp";
import { inviteMember } from "@/lib/services/members/invite";
import { emailSendTask } from "@/worker/tasks/email__send";
import { createOwnerCtx, uniqueEmail } from "../support/factories";
import { helpersForJob } from "../support/job-helpers";
import { startSmtpSink } from "../support/smtp-sink";

const APP = "http://app.test";

async function invitationMail(to: string) {
  const rows = await db.select().from(emails).where(and(eq(emails.toAddress, to), eq(emails.kind, "invitation")));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("invitation e-mail", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it("is queued with the invitation, carrying the link", async () => {
    const owner = await createOwnerCtx({ workspaceName: "Acme" });
    const to = uniqueEmail("invitee");
    const { link } = await inviteMember(owner, { email: to, role: "editor" }, APP);
    const mail = await invitationMail(to);
    expect(mail).toMatchObject({ status: "queued", subject: "You are invited to Acme on Pingpage" });
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
  });

  it("cannot inject headers or recipients through the workspace name", async () => {
    const owner = await createOwnerCtx({ workspaceName: "Acme\r\nBcc: x@evil.test\r\n\r\n<img src=x onerror=alert(1)>" });
    const to = uniqueEmail("invitee");
    await inviteMember(owner, { email: to, role: "viewer" }, APP);
    const stored = await invitationMail(to);
    expect(stored.subject).not.toMatch(/[\r\n]/);
    expect(stored.html).not.toContain("<img");
    expect(stored.html).toContain("&#60;img");

    const task = emailSendTask(async () => smtpTransport({ url: `smtp://127.0.0.1:${sink.port}`, from: "Pingpage <status@pingpage.test>" }));
    await task({ emailId: stored.id }, await helpersForJob(`email:${stored.id}`, 1));
    const mail = sink.received.find((m) => m.envelopeTo.includes(to))!;
    expect(mail.envelopeTo).toEqual([to]);
    expect(mail.raw).not.toMatch(/^bcc:/im);
    expect(sink.header(mail, "Subject")).toMatch(/^You are invited to Acme Bcc: x@evil\.test/);
  });

  it("caps a very long workspace name in the subject", async () => {
    const owner = await createOwnerCtx({ workspaceName: "A".repeat(500) });
    const to = uniqueEmail("invitee");
    await inviteMember(owner, { email: to, role: "viewer" }, APP);
    expect((await invitationMail(to)).subject.length).toBeLessThan(100);
  });
});
