import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertDeliveries, emails } from "@/db/schema";
import { emailChannel } from "@/lib/channels/email";
import { keepAlertInOutbox } from "@/lib/channels/email/outbox";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { deliverAlert, DeliveryFailedError } from "@/lib/services/alerts/deliver";
import { queueAlertMessage } from "@/lib/services/alerts/queue";
import { outboxTransport } from "@/lib/email/transports/outbox";
import { smtpTransport } from "@/lib/email/transports/smtp";
import { alertCheck, alertMessageFor, manyChecks } from "../support/alert-messages";
import { channelInNewWorkspace, sendThrough } from "../support/channel-delivery";
import { uniqueEmail } from "../support/factories";
import { startSmtpSink } from "../support/smtp-sink";

const FROM = "Pingpage Alerts <alerts@pingpage.test>";

/** The body part of a raw message, quoted-printable soft breaks undone. */
function decoded(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
}

describe("e-mail channel through SMTP", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let modules: ReturnType<typeof emailChannel>[];

  beforeAll(async () => {
    sink = await startSmtpSink();
    modules = [emailChannel({ transport: async () => smtpTransport({ url: `smtp://127.0.0.1:${sink.port}`, from: FROM }), keepInOutbox: keepAlertInOutbox })];
  });
  afterAll(() => sink.close());

  it("mails every address one message with the subject, the text and the HTML", async () => {
    const to = [uniqueEmail("oncall"), uniqueEmail("lead")];
    const { delivery } = await sendThrough({ type: "email", config: { to } }, { modules });
    expect(delivery.status).toBe("sent");
    const mail = sink.received.find((m) => m.envelopeTo.includes(to[0]!))!;
    expect(mail.envelopeTo.sort()).toEqual([...to].sort());
    expect(sink.header(mail, "Subject")).toBe("[Pingpage] API is down");
    expect(sink.header(mail, "From")).toBe(FROM);
    expect(sink.header(mail, "Auto-Submitted")).toBe("auto-generated");
    const body = decoded(mail.raw);
    expect(body).toContain("- API: HTTP 503 (https://pingpage.test/checks/");
    expect(body).toContain("Acknowledge: https://pingpage.test/ack/tok_123");
    expect(body).toContain("Workspace: Acme <Ops>");
    expect(body).toContain("Workspace: Acme &#60;Ops&#62;");
    expect(body).toContain('<a href="https://pingpage.test/ack/tok_123">Acknowledge</a>');
  });

  it("says how long a recovered check was down, and lists a storm compactly", async () => {
    const to = [uniqueEmail("storm")];
    const recovered = [alertCheck({ name: "Checkout", status: "up", cause: null, durationSeconds: 3 * 3600 + 12 * 60 }), ...manyChecks(59)];
    await sendThrough({ type: "email", config: { to } }, { modules, message: (workspaceId) => alertMessageFor(workspaceId, { kind: "recovered", ackUrl: null, checks: recovered }) });
    const mail = sink.received.find((m) => m.envelopeTo.includes(to[0]!))!;
    expect(sink.header(mail, "Subject")).toBe("[Pingpage] 60 checks recovered");
    const body = decoded(mail.raw);
    expect(body).toContain("- Checkout: down for 3 h 12 min");
    expect(body).toContain("and 10 more");
    expect(body).toContain("- check-49: up again");
    expect(body).not.toContain("- check-50:");
    expect(body).not.toContain("Acknowledge");
  });

  it("records the mail server's refusal in the delivery, for a retry", async () => {
    const refusing = await startSmtpSink({ reject: "Mailbox unavailable" });
    try {
      const failing = [emailChannel({ transport: async () => smtpTransport({ url: `smtp://127.0.0.1:${refusing.port}`, from: FROM }), keepInOutbox: keepAlertInOutbox })];
      const { ctx, channelId } = await channelInNewWorkspace({ type: "email", config: { to: [uniqueEmail("refused")] } }, { modules: failing });
      const [deliveryId] = await db.transaction((tx) => queueAlertMessage(tx, alertMessageFor(ctx.workspaceId), [channelId]));
      await expect(deliverAlert(deliveryId!, { modules: failing })).rejects.toBeInstanceOf(DeliveryFailedError);
      const [delivery] = await db.select().from(alertDeliveries).where(eq(alertDeliveries.id, deliveryId!));
      expect(delivery).toMatchObject({ status: "failed", attempts: 1, error: expect.stringMatching(/^The mail server refused it: .*Mailbox unavailable/) });
    } finally {
      await refusing.close();
    }
  });

  it("refuses an address that is not one, naming the field", async () => {
    const saving = channelInNewWorkspace({ type: "email", config: { to: ["ops@example.com", "nobody"] } }, { modules });
    await expect(saving).rejects.toBeInstanceOf(ValidationError);
    await expect(saving).rejects.toMatchObject({ fieldErrors: { "config.to.1": [expect.stringContaining("not an e-mail address")] } });
  });
});

describe("e-mail channel with the dev outbox", () => {
  it("keeps the message in the outbox, where the instance admin reads it", async () => {
    const modules = [emailChannel({ transport: async () => outboxTransport, keepInOutbox: keepAlertInOutbox })];
    const to = uniqueEmail("outbox");
    const { delivery } = await sendThrough({ type: "email", config: { to: [to] } }, { modules });
    expect(delivery.status).toBe("sent");
    const rows = await db.select().from(emails).where(and(eq(emails.toAddress, to), eq(emails.kind, "alert")));
    expect(rows).toMatchObject([{ subject: "[Pingpage] API is down", transport: "outbox", status: "sent" }]);
  });
});
