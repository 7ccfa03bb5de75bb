import type { MailTransportKind } from "@/db/schema";

/** What a transport needs to deliver one stored message. */
export type MailMessage = { to: string | string[]; subject: string; text: string; html: string; headers: Record<string, string> };

export type MailTransport = {
  kind: MailTransportKind;
  /** Resolves once the message is accepted; throws with a message safe to store in `last_error`. */
  send(message: MailMessage): Promise<void>;
};
