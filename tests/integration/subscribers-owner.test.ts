import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, pageSubscribers, subscriberDeliveries, subscriberMessages } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { subscriberImportInput } from "@/lib/schemas/subscriber-owner";
import { exportSubscribers } from "@/lib/services/subscribers/export";
import { importSubscribers } from "@/lib/services/subscribers/import";
import { listSubscribers, subscriberCounts } from "@/lib/services/subscribers/owner-read";
import { deliveryReport } from "@/lib/services/subscribers/owner-report";
import { removeSubscriber, resendConfirmation, updateSubscriptionSettings } from "@/lib/services/subscribers/owner-write";
import { subscribe } from "@/lib/services/subscribers/subscribe";
import { newManageToken, subscriberTargetHash } from "@/lib/services/subscribers/tokens";
import { createOwnerCtx, uniqueEmail } from "../support/factories";
import { emailsTo } from "../support/emails";
import { createPageFixture } from "../support/status-page";

async function exported(ctx: Parameters<typeof exportSubscribers>[0], pageId: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of (await exportSubscribers(ctx, pageId)).rows) rows.push(row);
  return rows;
}
const csvOf = (rows: string[][]) => ["email,components,groups,subscribed_at", ...rows.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(","))].join("\n");
const withoutDates = (rows: string[][]) => rows.map((cells) => cells.slice(0, 3));

async function addSubscriber(pageId: string, email: string, state: { confirmedAt?: Date | null; unsubscribedAt?: Date; bouncedAt?: Date } = {}) {
  const { token: _token, ...manage } = newManageToken();
  const [row] = await db
    .insert(pageSubscribers)
    .values({ pageId, channel: "email", email, targetHash: subscriberTargetHash("email", email), ...manage, confirmedAt: null, ...state })
    .returning();
  return row!;
}

describe("subscriber CSV (issue 10)", () => {
  it("round-trips: a page's export imported into another page exports the same subscribers", async () => {
    const a = await createPageFixture({ names: ["API", "Website"] });
    const b = await createPageFixture({ names: ["API", "Website"] });
    const [ann, bob, cy] = [uniqueEmail("ann"), uniqueEmail("bob"), uniqueEmail("cy")];
    const summary = await importSubscribers(a.ctx, a.page.id, { consent: true, csv: `email,components\n${ann},\n${bob},API\n${cy},"api; website"\n` });
    expect(summary).toEqual({ added: 3, confirmed: 0, unchanged: 0, skipped: 0 });

    const fromA = await exported(a.ctx, a.page.id);
    expect(withoutDates(fromA).sort()).toEqual([[ann, "", ""], [bob, "API", ""], [cy, "API; Website", ""]].sort());
    expect(await importSubscribers(b.ctx, b.page.id, { consent: true, csv: csvOf(fromA) })).toMatchObject({ added: 3 });
    expect(withoutDates(await exported(b.ctx, b.page.id))).toEqual(withoutDates(fromA));

    // Imported subscribers are confirmed at once, and no confirmation e-mail is sent.
    expect((await subscriberCounts(b.ctx, b.page.id)).email).toEqual({ confirmed: 3, pending: 0, unsubscribed: 0, bounced: 0 });
    expect(await emailsTo(ann)).toHaveLength(0);
  });

  it("refuses a file with bad rows, naming each by line, and writes nothing", async () => {
    const { ctx, page } = await createPageFixture();
    const good = uniqueEmail("good");
    const csv = `email,components\n${good},\nnot-mail,\n${uniqueEmail()},Billing\n`;
    const error = await importSubscribers(ctx, page.id, { consent: true, csv }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("2 lines need fixing; nothing was imported");
    expect((error as ValidationError).fieldErrors.csv).toEqual(['Line 3: "not-mail" is not an e-mail address', 'Line 4: no component "Billing" on this page']);
    expect(await db.select().from(pageSubscribers).where(eq(pageSubscribers.pageId, page.id))).toHaveLength(0);
  });

  it("requires the owner's word on consent", () => {
    const parsed = subscriberImportInput.safeParse({ csv: "email\nann@example.com", consent: false });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["consent"], message: expect.stringContaining("agreed") });
  });

  it("confirms pending subscribers, leaves confirmed ones, and never brings back who left or bounced", async () => {
    const { ctx, page } = await createPageFixture();
    const [pending, confirmed, left, bounced] = [uniqueEmail("p"), uniqueEmail("c"), uniqueEmail("l"), uniqueEmail("b")];
    await addSubscriber(page.id, pending);
    await addSubscriber(page.id, confirmed, { confirmedAt: new Date() });
    await addSubscriber(page.id, left, { confirmedAt: new Date(), unsubscribedAt: new Date() });
    await addSubscriber(page.id, bounced, { confirmedAt: new Date(), bouncedAt: new Date() });
    const summary = await importSubscribers(ctx, page.id, { consent: true, csv: `email\n${pending}\n${confirmed.toUpperCase()}\n${left}\n${bounced}\n` });
    expect(summary).toEqual({ added: 0, confirmed: 1, unchanged: 1, skipped: 2 });
    expect((await subscriberCounts(ctx, page.id)).email).toEqual({ confirmed: 2, pending: 0, unsubscribed: 1, bounced: 1 });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, ctx.workspaceId), eq(auditLog.action, "subscribers.imported")));
    expect(entry).toMatchObject({ targetId: page.id, changes: expect.arrayContaining([{ field: "skipped", after: 2 }]) });
  });
});

describe("the owner's switches (issue 10)", () => {
  it("refuses subscriptions on a channel turned off, and all of them on a page turned off", async () => {
    const { ctx, page, slug } = await createPageFixture();
    const visitor = { ip: null, unlocked: () => false };
    await updateSubscriptionSettings(ctx, page.id, { channels: ["webhook", "slack"], notifyComponentChanges: true });
    await expect(subscribe(slug, { channel: "email", email: uniqueEmail(), componentIds: [], groupNames: [] }, visitor)).rejects.toBeInstanceOf(ValidationError);
    await updateSubscriptionSettings(ctx, page.id, { channels: [], notifyComponentChanges: false });
    await expect(subscribe(slug, { channel: "slack", url: "https://hooks.slack.com/services/T0/B0/x", componentIds: [], groupNames: [] }, visitor)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.select().from(pageSubscribers).where(eq(pageSubscribers.pageId, page.id))).toHaveLength(0);

    await updateSubscriptionSettings(ctx, page.id, { channels: ["email"], notifyComponentChanges: false });
    await subscribe(slug, { channel: "email", email: uniqueEmail(), componentIds: [], groupNames: [] }, visitor);
    expect((await subscriberCounts(ctx, page.id)).email.pending).toBe(1);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, ctx.workspaceId), eq(auditLog.action, "page.subscriptions_updated")));
    expect(entry?.changes).toEqual(expect.arrayContaining([{ field: "subscription channels", before: "email, webhook, slack", after: "webhook, slack" }]));
  });

  it("lets viewers see counts and the report, and only editors change or read addresses", async () => {
    const { ctx, page } = await createPageFixture();
    const viewer = { ...ctx, role: "viewer" as const, actor: undefined };
    await expect(subscriberCounts(viewer, page.id)).resolves.toBeDefined();
    await expect(deliveryReport(viewer, page.id)).resolves.toEqual([]);
    await expect(listSubscribers(viewer, page.id, "")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportSubscribers(viewer, page.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSubscriptionSettings(viewer, page.id, { channels: [], notifyComponentChanges: false })).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = await createOwnerCtx();
    await expect(subscriberCounts(stranger, page.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportSubscribers(stranger, page.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("managing subscribers (issue 10)", () => {
  it("searches by address, removes with an audit entry, and resends a confirmation only to pending ones", async () => {
    const { ctx, page } = await createPageFixture();
    const tag = randomUUID().slice(0, 8);
    const pending = await addSubscriber(page.id, `pending_${tag}@example.com`);
    const confirmed = await addSubscriber(page.id, `confirmed_${tag}@example.com`, { confirmedAt: new Date() });
    const found = await listSubscribers(ctx, page.id, `pending_${tag}`);
    expect(found).toMatchObject({ total: 1, rows: [{ id: pending.id, status: "pending", target: pending.email }] });
    // "%" is a literal, not a LIKE wildcard.
    expect((await listSubscribers(ctx, page.id, "pending" + "%")).total).toBe(0);

    await resendConfirmation(ctx, page.id, pending.id);
    expect(await emailsTo(pending.email!, "subscription_confirm")).toHaveLength(1);
    await expect(resendConfirmation(ctx, page.id, confirmed.id)).rejects.toBeInstanceOf(ValidationError);

    const stranger = await createOwnerCtx();
    await expect(removeSubscriber(stranger, page.id, confirmed.id)).rejects.toBeInstanceOf(NotFoundError);
    await removeSubscriber(ctx, page.id, confirmed.id);
    expect((await listSubscribers(ctx, page.id, "")).total).toBe(1);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, ctx.workspaceId), eq(auditLog.action, "subscriber.removed")));
    expect(entry).toMatchObject({ targetType: "subscriber", targetLabel: confirmed.email });
  });

  it("reports each message's deliveries: sent, failed, bounced and still waiting", async () => {
    const { ctx, page } = await createPageFixture();
    const subscribers = await Promise.all(["a", "b", "c", "d", "e"].map((label) => addSubscriber(page.id, uniqueEmail(label), { confirmedAt: new Date() })));
    const [message] = await db
      .insert(subscriberMessages)
      .values({ pageId: page.id, eventId: randomUUID(), kind: "incident.created", payload: { headline: "Incident: Checkout is slow" } })
      .returning();
    const statuses = ["sent", "sent", "failed", "bounced", "pending"] as const;
    await db.insert(subscriberDeliveries).values(subscribers.map((s, i) => ({ messageId: message!.id, subscriberId: s.id, status: statuses[i] })));
    expect(await deliveryReport(ctx, page.id)).toEqual([
      { id: message!.id, kind: "incident.created", title: "Incident: Checkout is slow", createdAt: expect.any(Date), sent: 2, failed: 1, bounced: 1, waiting: 1 },
    ]);
    expect(await deliveryReport(await createOwnerCtx(), page.id).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
  });
});
