import { createHash } from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { AlertMessage } from "../message";

/** The versioned body documented in docs/webhooks.md: the Standard Webhooks envelope around the message. */
export function webhookBody(message: AlertMessage) {
  return { type: `alert.${message.kind}`, timestamp: message.occurredAt, data: message };
}

/** Stable across retries of one delivery, so a receiver can drop a message it already has. */
export function webhookMessageId(idempotencyKey: string): string {
  return `msg_${createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 27)}`;
}

/**
 * The three Standard Webhooks headers. With several secrets (during a rotation) the signature
 * header carries one `v1,<base64>` per secret, space-separated; a verifier accepts any of them.
 */
export function signatureHeaders(secrets: string[], messageId: string, sentAt: Date, body: string): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, sentAt, body));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
