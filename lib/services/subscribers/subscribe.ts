import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { pageSubscribers } from "@/db/schema";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import type { SubscribeRequest } from "@/lib/schemas/subscriber";
import { describeWait, takeAttempt, type Limit } from "../limits/rate-limit";
import { alreadySubscribedEmail, confirmationEmail } from "./channels/confirmation-email";
import { pingWebhook } from "./channels/ping";
import { confirmationLink, pageLink, subscriptionLinks } from "./links";
import { checkScope, pageForVisitor, type UnlockCheck } from "./page-for-visitor";
import { CONFIRMATION_DAYS, hashSubscriberToken, newManageToken, newSubscriberToken, subscriberTargetHash } from "./tokens";

export type Visitor = { ip: string | null; unlocked: UnlockCheck };

/** The same answer whatever the address's history: the form never tells who is subscribed. */
export type SubscribeOutcome = { channel: SubscribeRequest["channel"] };

const HOUR = 3600;

function limitsFor(pageId: string, input: SubscribeRequest, ip: string | null): Limit[] {
  const limits: Limit[] = [];
  if (ip) limits.push({ key: `subscribe:address:${ip}`, max: 20, windowSeconds: HOUR });
  if (input.channel === "email") limits.push({ key: `subscribe:email:${input.email}`, max: 3, windowSeconds: HOUR });
  else limits.push({ key: `subscribe:url:${pageId}:${subscriberTargetHash(input.channel, input.url)}`, max: 3, windowSeconds: HOUR });
  return limits;
}

/**
 * A visitor's Subscribe form. E-mail gets a confirmation link (double opt-in); a webhook or Slack
 * URL is confirmed by a ping that must answer 2xx. A filled honeypot is answered like a success
 * and writes nothing.
 */
export async function subscribe(slug: string, input: SubscribeRequest, visitor: Visitor): Promise<SubscribeOutcome> {
  const outcome = { channel: input.channel };
  if (input.website) return outcome;
  const page = await pageForVisitor(slug, visitor.unlocked);
  if (!page.channels.includes(input.channel)) throw new ValidationError("This page does not offer that kind of subscription", { channel: ["Not offered on this page"] });
  const scope = await checkScope(page.id, input);
  const attempt = await takeAttempt(limitsFor(page.id, input, visitor.ip));
  if (!attempt.allowed) throw new RateLimitedError(`Too many subscription requests. Try again in ${describeWait(attempt.retryAfterSeconds)}.`);
  if (input.channel === "email") await subscribeEmail(page, input.email, scope);
  else {
    await pingWebhook(input.channel, input.url, page);
    await subscribeUrl(page.id, input.channel, input.url, scope);
  }
  return outcome;
}

type Scope = Awaited<ReturnType<typeof checkScope>>;
type Page = Awaited<ReturnType<typeof pageForVisitor>>;

async function subscribeEmail(page: Page, email: string, scope: Scope): Promise<void> {
  const targetHash = subscriberTargetHash("email", email);
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(pageSubscribers)
      .where(and(eq(pageSubscribers.pageId, page.id), eq(pageSubscribers.channel, "email"), eq(pageSubscribers.targetHash, targetHash)))
      .for("update");
    if (existing?.bouncedAt) return;
    const pageUrl = pageLink(page.slug);
    if (existing?.confirmedAt && !existing.unsubscribedAt) {
      const manage = subscriptionLinks(page.slug, openSecret(existing.manageTokenSealed)).manage;
      await enqueueEmail(tx, alreadySubscribedEmail(email, page, { manage, pageUrl }));
      return;
    }
    const confirmToken = newSubscriberToken();
    const pending = {
      componentIds: scope.componentIds,
      groupNames: scope.groupNames,
      confirmedAt: null,
      unsubscribedAt: null,
      confirmTokenHash: hashSubscriberToken(confirmToken),
      confirmExpiresAt: sql`now() + make_interval(days => ${CONFIRMATION_DAYS})`,
      updatedAt: new Date(),
    };
    if (existing) await tx.update(pageSubscribers).set(pending).where(eq(pageSubscribers.id, existing.id));
    else {
      const { token: _token, ...manage } = newManageToken();
      await tx.insert(pageSubscribers).values({ pageId: page.id, channel: "email", email, targetHash, ...manage, ...pending });
    }
    await enqueueEmail(tx, confirmationEmail(email, page, { confirm: confirmationLink(page.slug, confirmToken), pageUrl }));
  });
}

/** The ping answered 2xx: the URL is confirmed at once, a lapsed subscription comes back. */
async function subscribeUrl(pageId: string, channel: "webhook" | "slack", url: string, scope: Scope): Promise<void> {
  const { token: _token, ...manage } = newManageToken();
  await db
    .insert(pageSubscribers)
    .values({ pageId, channel, urlSealed: sealSecret(url), targetHash: subscriberTargetHash(channel, url), ...scope, ...manage, confirmedAt: new Date() })
    .onConflictDoUpdate({
      target: [pageSubscribers.pageId, pageSubscribers.channel, pageSubscribers.targetHash],
      set: { ...scope, confirmedAt: sql`coalesce(${pageSubscribers.confirmedAt}, now())`, unsubscribedAt: null, bouncedAt: null, bounceReason: null, updatedAt: new Date() },
    });
}
