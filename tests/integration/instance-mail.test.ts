import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, instanceSettings, users } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { mailTransportKind, resolveMailTransport } from "@/lib/email/transport";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mailSettingsInput } from "@/lib/schemas/mail-settings";
import { isInstanceAdmin } from "@/lib/services/instance/admin";
import { readMailSettings, saveMailSettings } from "@/lib/services/instance/mail-settings";
import { lastTestEmail, sendTestEmail } from "@/lib/services/instance/mail-test";
import { listOutbox, openOutboxMessage, unreadOutboxCount } from "@/lib/services/instance/outbox";
import { inviteMember } from "@/lib/services/members/invite";
import { emailSendTask } from "@/worker/tasks/email__send";
import { createOwnerCtx, createUser, uniqueEmail } from "../support/factories";
import { helpersForJob } from "../support/job-helpers";
import { startSmtpSink } from "../support/smtp-sink";

/** The instance's first user: the test database is shared and never wiped, so it is whoever came first. */
async function instanceAdmin() {
  const [first] = await db.select({ id: users.id }).from(users).orderBy(asc(users.createdAt), asc(users.id)).limit(1);
  return { userId: first?.id ?? (await createUser()).id };
}

describe("the instance admin", () => {
  it("is the first user, and only they may read or change mail settings", async () => {
    const admin = await instanceAdmin();
    const other = await createUser();
    expect(await isInstanceAdmin(admin.userId)).toBe(true);
    expect(await isInstanceAdmin(other.id)).toBe(false);
    await expect(readMailSettings({ userId: other.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveMailSettings({ userId: other.id }, { transport: "outbox" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendTestEmail({ userId: other.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOutbox({ userId: other.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await unreadOutboxCount(other.id)).toBeNull();
  });
});

describe("instance mail settings", () => {
  // The settings are one row for the whole instance: put back what was there.
  let saved: (typeof instanceSettings.$inferSelect)[] = [];
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    saved = await db.select().from(instanceSettings);
    sink = await startSmtpSink({ user: "mailer", password: "s3cret:/@pass" });
  });
  afterAll(async () => {
    await db.delete(instanceSettings);
    if (saved.length) await db.insert(instanceSettings).values(saved);
    await sink.close();
  });

  it("sends through the admin's SMTP server, keeping its password sealed and write-only", async () => {
    const admin = await instanceAdmin();
    const input = mailSettingsInput.parse({
      transport: "smtp",
      smtpUrl: `smtp://mailer:${encodeURIComponent("s3cret:/@pass")}@127.0.0.1:${sink.port}`,
      from: "Status <status@pingpage.test>",
    });
    if (input.transport !== "smtp") throw new Error("parsed as the wrong transport");
    await saveMailSettings(admin, input);

    const [row] = await db.select().from(instanceSettings);
    expect(row!.smtpUrl).toBe(`smtp://mailer@127.0.0.1:${sink.port}`);
    expect(row!.smtpPasswordSealed).not.toContain("s3cret");
    expect(openSecret(row!.smtpPasswordSealed!)).toBe("s3cret:/@pass");
    const view = await readMailSettings(admin);
    expect(view).toEqual({ transport: "smtp", smtpUrl: row!.smtpUrl, hasSmtpPassword: true, from: "Status <status@pingpage.test>" });
    expect(JSON.stringify(view)).not.toContain("s3cret");

    // A blank password keeps the stored one.
    await saveMailSettings(admin, { ...input, smtpUrl: `smtp://mailer@127.0.0.1:${sink.port}`, smtpPassword: "" });
    expect(await mailTransportKind()).toBe("smtp");
    const { emailId } = await sendTestEmail(admin);
    await emailSendTask(resolveMailTransport)({ emailId }, await helpersForJob(`email:${emailId}`, 1));
    const [admins] = await db.select({ email: users.email }).from(users).where(eq(users.id, admin.userId));
    const mail = sink.received.find((m) => m.envelopeTo.includes(admins!.email.toLowerCase()))!;
    expect(sink.header(mail, "Subject")).toBe("Pingpage test e-mail");
    expect(sink.header(mail, "From")).toBe("Status <status@pingpage.test>");
    expect(await lastTestEmail(admin)).toMatchObject({ id: emailId, status: "sent", transport: "smtp" });

    const owner = await createOwnerCtx();
    expect((await inviteMember(owner, { email: uniqueEmail("invitee"), role: "viewer" }, "http://app.test")).emailed).toBe(true);
  });

  it("falls back to the dev outbox, where the admin reads messages and the unread count drops", async () => {
    const admin = await instanceAdmin();
    await saveMailSettings(admin, { transport: "outbox" });
    expect(await mailTransportKind()).toBe("outbox");
    const owner = await createOwnerCtx();
    const to = uniqueEmail("invitee");
    const { emailed, link } = await inviteMember(owner, { email: to, role: "viewer" }, "http://app.test");
    expect(emailed).toBe(false);

    const [queued] = await db.select().from(emails).where(eq(emails.toAddress, to));
    await emailSendTask(resolveMailTransport)({ emailId: queued!.id }, await helpersForJob(`email:${queued!.id}`, 1));
    const before = (await unreadOutboxCount(admin.userId))!;
    expect(before).toBeGreaterThan(0);
    expect((await listOutbox(admin)).map((m) => m.to)).toContain(to);

    const message = await openOutboxMessage(admin, queued!.id);
    expect(message.text).toContain(link);
    expect(await unreadOutboxCount(admin.userId)).toBeLessThan(before);
    await expect(openOutboxMessage({ userId: (await createUser()).id }, queued!.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses bad settings with a message naming the field, and writes nothing", async () => {
    const before = await db.select().from(instanceSettings);
    const bad = mailSettingsInput.safeParse({ transport: "smtp", smtpUrl: "http://mail.example.com", from: "Evil\r\nBcc: x@evil.test <a@b.c>" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["smtpUrl", "from"]));
    expect(mailSettingsInput.safeParse({ transport: "carrier-pigeon" }).success).toBe(false);
    const admin = await instanceAdmin();
    await expect(saveMailSettings(admin, { transport: "smtp", smtpUrl: "smtp://mail.example.com", smtpPassword: "x", from: "a@b.co" })).rejects.toThrow(
      /user name/,
    );
    expect(await db.select().from(instanceSettings)).toEqual(before);
    await expect(openOutboxMessage(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});
