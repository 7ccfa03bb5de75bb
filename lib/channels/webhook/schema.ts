import { z } from "zod";
import { signingSecret } from "./signing-secret";

/** Pingpage sets these itself; a custom header may not replace them. */
const reservedHeaders = new Set(["content-type", "content-length", "host", "connection", "transfer-encoding", "webhook-id", "webhook-timestamp", "webhook-signature", "user-agent"]);

const customHeader = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "headers: a name is letters, digits and dashes")
    .refine((name) => !reservedHeaders.has(name.toLowerCase()), "headers: Pingpage sets this header itself"),
  value: z
    .string()
    .trim()
    .min(1, "headers: give each header a value, as Name: value")
    .max(2000, "headers: a value is at most 2000 characters")
    .refine((value) => !/[\p{Cc}\u2028\u2029]/u.test(value), "headers: a value must not contain line breaks"),
});

/** The form's text box, one "Name: value" per line; blank lines are skipped. */
export function headersFromText(text: string): { name: string; value: string }[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const colon = line.indexOf(":");
      return colon < 0 ? { name: line.trim(), value: "" } : { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    });
}

export const webhookConfig = z.object({
  url: z
    .string({ error: "url: required" })
    .trim()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "url: a full http(s) URL, like https://example.com/hooks/pingpage"),
  /** Sent with every request. Visible in the form: put credentials in the Authorization secret. */
  headers: z.array(customHeader).max(20, "headers: at most 20").default([]),
});
export type WebhookConfig = z.output<typeof webhookConfig>;

/** How long the replaced secret still signs, so receivers can switch over without missing a message. */
export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * The stored secrets, and the form's `nextSigningSecret`: given, it becomes the signing secret and
 * the current one is kept as `previousSigningSecret` for the grace period, both signing meanwhile.
 * Parsing the output again gives the same output, as the delivery task does.
 */
export const webhookSecrets = z
  .object({
    signingSecret: signingSecret("signingSecret"),
    nextSigningSecret: signingSecret("nextSigningSecret").optional(),
    previousSigningSecret: signingSecret("previousSigningSecret").optional(),
    previousSigningSecretExpiresAt: z.iso.datetime({ error: "previousSigningSecretExpiresAt: an ISO 8601 time" }).optional(),
    /** Sent as the Authorization header, for receivers that want a token as well as the signature. */
    authorization: z.string().max(2000, "authorization: at most 2000 characters").refine((v) => !/[\p{Cc}]/u.test(v), "authorization: no line breaks").optional(),
  })
  .transform(({ nextSigningSecret, ...secrets }) => {
    if (nextSigningSecret && nextSigningSecret !== secrets.signingSecret) {
      return {
        ...secrets,
        signingSecret: nextSigningSecret,
        previousSigningSecret: secrets.signingSecret,
        previousSigningSecretExpiresAt: new Date(Date.now() + ROTATION_GRACE_MS).toISOString(),
      };
    }
    return secrets;
  });
export type WebhookSecrets = z.output<typeof webhookSecrets>;

/** The secrets that sign now: the current one, and the previous one until its grace period ends. */
export function activeSigningSecrets(secrets: WebhookSecrets, now = Date.now()): string[] {
  const previous = secrets.previousSigningSecret;
  const until = secrets.previousSigningSecretExpiresAt ? Date.parse(secrets.previousSigningSecretExpiresAt) : 0;
  return previous && until > now ? [secrets.signingSecret, previous] : [secrets.signingSecret];
}
