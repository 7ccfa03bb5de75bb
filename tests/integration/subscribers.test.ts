import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pages, pageSubscribers, subscriberDeliveries, subscriberMessages } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { closeBulkMailers, smtpBulkMailer } from "@/lib/email/bulk";
import { AppError, RateLimitedError, ValidationError } from "@/lib/errors";
import { incidentInput, incidentUpdateInput } from "@/lib/schemas/incident";
import { subscribeRequest } from "@/lib/schemas/subscriber";
import { createIncident, postIncidentUpdate } from "@/lib/services/incidents/write";
import { confirmSubscription, unsubscribe } from "@/lib/services/subscribers/manage";
import { subscribe } from "@/lib/services/subscribers/subscribe";
import { POST as oneClickUnsubscribe } from "@/app/api/subscriptions/[token]/unsubscribe/route";
import { emailsTo } from "../support/emails";
import { uniqueEmail } from "../support/factories";
import { startSmtpSink } from "../support/smtp-sink";
import { createPageFixture } from "../support/status-page";
import { incidentWebhook } from "../support/statuspage-webhook-schema";
import { runSubscriberDeliveries } from "../support/subscribers";

const visitor = (ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) => ({ ip, unlocked: () => false });
const request = (body: unknown) => subscribeRequest.parse(body);

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const mailer = () => Promise.resolve(smtpBulkMailer(`smtp://127.0.0.1:${sink.port}`));
// The local webhook receiver is on 127.0.0.1: these tests allow it, as a self-hosted instance may.
const local = { allowPrivateTargets: () => Promise.resolve(true) };
const delivery = { mailer, ...local };

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  closeBulkMailers();
  await sink.close();
});

async function confirmTokenFor(address: string): Promise<string> {
  const [message] = await emailsTo(address, "subscription_confirm");
  const token = message?.text.match(/\/subscription\/confirm\/([A-Za-z0-9_-]{32})/)?.[1];
  if (!token) throw new Error(`no confirmation link mailed to ${address}`);
  return token;
}

async function subscribedEmail(slug: string, extra: Record<string, unknown> = {}) {
  const email = uniqueEmail("visitor");
  await subscribe(slug, request({ channel: "email", email, ...extra }), visitor());
  const confirmed = await confirmSubscription(await confirmTokenFor(email));
  if (!confirmed) throw new Error("confirmation failed");
  return { email, manageToken: confirmed.manageToken };
}

const received = (address: string) => sink.received.filter((m) => m.envelopeTo.includes(address));

async function postIncident(fixture: Awaited<ReturnType<typeof createPageFixture>>, componentIndexes: number[] = []) {
  const components = Object.fromEntries(componentIndexes.map((i) => [fixture.components[i]!.id, "major_outage"]));
  return createIncident(fixture.ctx, fixture.page.id, incidentInput.parse({ title: "API errors", status: "investigating", impact: "major", message: "We are **looking**.", publish: "on", components }));
}

describe("e-mail subscriptions", () => {
  it("sends nothing before the confirmation link is followed, then the incident", async () => {
    const fixture = await createPageFixture();
    const email = uniqueEmail("optin");
    await subscribe(fixture.slug, request({ channel: "email", email }), visitor());
    expect(await emailsTo(email, "subscription_confirm")).toHaveLength(1);
    await postIncident(fixture);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect(received(email)).toHaveLength(0);

    expect(await confirmSubscription(await confirmTokenFor(email))).not.toBeNull();
    await postIncident(fixture);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect(received(email)).toHaveLength(1);
    const mail = received(email)[0]!;
    expect(sink.header(mail, "Subject")).toContain("API errors");
    expect(mail.raw).toContain("<strong>looking</strong>");
  });

  it("refuses a confirmation link after 7 days, and a second use", async () => {
    const fixture = await createPageFixture();
    const email = uniqueEmail("late");
    await subscribe(fixture.slug, request({ channel: "email", email }), visitor());
    const token = await confirmTokenFor(email);
    await db.update(pageSubscribers).set({ confirmExpiresAt: new Date(Date.now() - 1000) }).where(eq(pageSubscribers.email, email));
    expect(await confirmSubscription(token)).toBeNull();
    const [row] = await db.select().from(pageSubscribers).where(eq(pageSubscribers.email, email));
    expect(row?.confirmedAt).toBeNull();
  });

  it("answers the same for a new and a known address, and writes nothing for a filled honeypot", async () => {
    const fixture = await createPageFixture();
    const { email } = await subscribedEmail(fixture.slug);
    const fresh = uniqueEmail("fresh");
    const known = await subscribe(fixture.slug, request({ channel: "email", email }), visitor());
    const unknown = await subscribe(fixture.slug, request({ channel: "email", email: fresh }), visitor());
    expect(known).toEqual(unknown);
    // The known address is told it is subscribed (with its manage link), not sent a second confirmation.
    expect(await emailsTo(email, "subscription_exists")).toHaveLength(1);
    expect(await emailsTo(email, "subscription_confirm")).toHaveLength(1);

    const bot = uniqueEmail("bot");
    expect(await subscribe(fixture.slug, request({ channel: "email", email: bot, website: "http://spam.example" }), visitor())).toEqual(unknown);
    expect(await db.select().from(pageSubscribers).where(eq(pageSubscribers.email, bot))).toHaveLength(0);
    expect(await emailsTo(bot)).toHaveLength(0);
  });

  it("limits attempts per address and per e-mail", async () => {
    const fixture = await createPageFixture();
    const email = uniqueEmail("limited");
    for (let i = 0; i < 3; i += 1) await subscribe(fixture.slug, request({ channel: "email", email }), visitor());
    await expect(subscribe(fixture.slug, request({ channel: "email", email }), visitor())).rejects.toBeInstanceOf(RateLimitedError);
    const ip = visitor().ip;
    for (let i = 0; i < 20; i += 1) await subscribe(fixture.slug, request({ channel: "email", email: uniqueEmail("many") }), { ip, unlocked: () => false });
    await expect(subscribe(fixture.slug, request({ channel: "email", email: uniqueEmail("many") }), { ip, unlocked: () => false })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("names the field of a malformed e-mail, URL or component, and writes nothing", async () => {
    const fixture = await createPageFixture();
    const bad = subscribeRequest.safeParse({ channel: "email", email: "not-an-address" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["email"]);
    expect(bad.error?.issues[0]?.message).toMatch(/^E-mail:/);
    const slack = subscribeRequest.safeParse({ channel: "slack", url: "https://example.com/hook" });
    expect(slack.error?.issues[0]?.message).toMatch(/^Slack URL:/);
    const badId = subscribeRequest.safeParse({ channel: "email", email: uniqueEmail(), componentIds: ["nope"] });
    expect(badId.error?.issues[0]?.path[0]).toBe("componentIds");

    const email = uniqueEmail("foreign");
    const other = await createPageFixture();
    const error = await subscribe(fixture.slug, request({ channel: "email", email, componentIds: [other.components[0]!.id] }), visitor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as AppError).fieldErrors.componentIds).toBeDefined();
    expect(await db.select().from(pageSubscribers).where(eq(pageSubscribers.email, email))).toHaveLength(0);
    expect(await emailsTo(email)).toHaveLength(0);
  });

  it("offers a protected page's subscription only to visitors who unlocked it", async () => {
    const fixture = await createPageFixture();
    await db.update(pages).set({ passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA" }).where(eq(pages.id, fixture.page.id));
    const email = uniqueEmail("locked");
    await expect(subscribe(fixture.slug, request({ channel: "email", email }), visitor())).rejects.toMatchObject({ code: "forbidden" });
    await subscribe(fixture.slug, request({ channel: "email", email }), { ip: null, unlocked: (pageId) => pageId === fixture.page.id });
    expect(await emailsTo(email, "subscription_confirm")).toHaveLength(1);
  });
});

describe("what each subscriber gets", () => {
  it("sends an incident only to subscribers of the page, of its components or of their group", async () => {
    const fixture = await createPageFixture({ names: ["API", "Website", "Docs"] });
    const [api, website] = fixture.components;
    const { pageComponents } = await import("@/db/schema");
    await db.update(pageComponents).set({ groupName: "Public" }).where(eq(pageComponents.id, website!.id));
    const whole = await subscribedEmail(fixture.slug);
    const apiOnly = await subscribedEmail(fixture.slug, { componentIds: [api!.id] });
    const websiteOnly = await subscribedEmail(fixture.slug, { componentIds: [website!.id] });
    const group = await subscribedEmail(fixture.slug, { groupNames: ["Public"] });

    await postIncident(fixture, [0]);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect([whole, apiOnly, websiteOnly, group].map((s) => received(s.email).length)).toEqual([1, 1, 0, 0]);

    await postIncident(fixture, [1]);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect([whole, apiOnly, websiteOnly, group].map((s) => received(s.email).length)).toEqual([2, 1, 1, 1]);
  });

  it("tells subscribers of an update only when the author asks to notify them", async () => {
    const fixture = await createPageFixture();
    const { email } = await subscribedEmail(fixture.slug);
    const incidentId = await postIncident(fixture);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    await postIncidentUpdate(fixture.ctx, incidentId, incidentUpdateInput.parse({ status: "identified", message: "Quiet fix" }));
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect(received(email)).toHaveLength(1);
    await postIncidentUpdate(fixture.ctx, incidentId, incidentUpdateInput.parse({ status: "resolved", message: "All good", notify: "on" }));
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect(received(email)).toHaveLength(2);
  });

  it("carries RFC 8058 one-click unsubscribe, whose POST stops the next message", async () => {
    const fixture = await createPageFixture();
    const { email } = await subscribedEmail(fixture.slug);
    await postIncident(fixture);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    const mail = received(email)[0]!;
    expect(sink.header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const url = sink.header(mail, "List-Unsubscribe")?.match(/^<(https?:\/\/[^>]+)>$/)?.[1];
    expect(url).toBeDefined();
    expect(mail.raw).toContain("/subscription/");
    const token = new URL(url!).pathname.split("/")[3]!;
    const response = await oneClickUnsubscribe(new Request(url!, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    await postIncident(fixture);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect(received(email)).toHaveLength(1);
    await expect(unsubscribe("x".repeat(32))).rejects.toMatchObject({ code: "not_found" });
  });

  it("marks an address bounced when the SMTP server refuses it for good", async () => {
    const refusing = await startSmtpSink({ reject: "No such user", rejectCode: 550 });
    try {
      const fixture = await createPageFixture();
      const { email } = await subscribedEmail(fixture.slug);
      await postIncident(fixture);
      await runSubscriberDeliveries(fixture.page.id, { mailer: () => Promise.resolve(smtpBulkMailer(`smtp://127.0.0.1:${refusing.port}`)) });
      const [row] = await db.select().from(pageSubscribers).where(eq(pageSubscribers.email, email));
      expect(row?.bouncedAt).not.toBeNull();
      const [delivery] = await db.select().from(subscriberDeliveries).where(eq(subscriberDeliveries.subscriberId, row!.id));
      expect(delivery?.status).toBe("bounced");
    } finally {
      await refusing.close();
    }
  });
});

describe("webhook subscriptions", () => {
  type Hit = { headers: IncomingMessage["headers"]; body: string };
  let hits: Hit[] = [];
  let answer = 200;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      hits.push({ headers: req.headers, body });
      res.statusCode = answer;
      res.end();
    });
  });
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("confirms a URL by a ping that must answer 2xx", async () => {
    const fixture = await createPageFixture();
    answer = 500;
    const error = await subscribe(fixture.slug, request({ channel: "webhook", url: `${url}?refused` }), visitor(), local).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as AppError).fieldErrors.url?.[0]).toContain("500");
    expect(await db.select().from(pageSubscribers).where(eq(pageSubscribers.pageId, fixture.page.id))).toHaveLength(0);
    answer = 200;
  });

  it("posts Statuspage's webhook shape, signed with Standard Webhooks", async () => {
    const fixture = await createPageFixture();
    hits = [];
    await expect(subscribe(fixture.slug, request({ channel: "webhook", url }), visitor())).rejects.toMatchObject({ fieldErrors: { url: [expect.stringContaining("not allowed")] } });
    expect(hits).toHaveLength(0);
    await subscribe(fixture.slug, request({ channel: "webhook", url }), visitor(), local);
    expect(hits).toHaveLength(1);
    await postIncident(fixture, [0]);
    await runSubscriberDeliveries(fixture.page.id, delivery);
    expect(hits).toHaveLength(2);
    const hit = hits[1]!;
    const body = incidentWebhook.parse(JSON.parse(hit.body));
    expect(body.incident.name).toBe("API errors");
    expect(body.page.id).toBe(fixture.page.id);
    expect(body.meta.unsubscribe).toMatch(/\/api\/subscriptions\/[A-Za-z0-9_-]{32}\/unsubscribe$/);
    const [page] = await db.select().from(pages).where(eq(pages.id, fixture.page.id));
    const secret = openSecret(page!.subscriberSigningSecret!);
    const headers = { "webhook-id": String(hit.headers["webhook-id"]), "webhook-timestamp": String(hit.headers["webhook-timestamp"]), "webhook-signature": String(hit.headers["webhook-signature"]) };
    expect(() => new Webhook(secret).verify(hit.body, headers)).not.toThrow();
    expect(() => new Webhook(secret).verify(hit.body.replace("API errors", "API fine"), headers)).toThrow();
    const [message] = await db.select().from(subscriberMessages).where(eq(subscriberMessages.pageId, fixture.page.id));
    const deliveries = await db.select().from(subscriberDeliveries).where(and(eq(subscriberDeliveries.messageId, message!.id), eq(subscriberDeliveries.status, "sent")));
    expect(deliveries).toHaveLength(1);
  });
});
