import type { MailTransportKind } from "@/db/schema/email";

/**
 * Whether a verification link may be shown on screen instead of only mailed. Only the instance's
 * first user, and only while no mail is configured: nobody else exists yet to be impersonated, and
 * without this a fresh install could never get its first account in.
 */
export function showsVerificationLinkOnScreen(facts: { transport: MailTransportKind; isFirstUser: boolean }): boolean {
  return facts.transport === "outbox" && facts.isFirstUser;
}
