import { z } from "zod";

/** What an alert can be about; "test" is the Send test button's message. */
export const alertKinds = ["down", "recovered", "degraded", "tls_expiring", "heartbeat_missed", "composite", "test"] as const;
export type AlertKind = (typeof alertKinds)[number];

const alertCheck = z.object({
  id: z.string(),
  name: z.string(),
  /** What the check watches, as lib/checks/describe.ts words it ("GET https://example.com"). */
  target: z.string(),
  status: z.string(),
  /** Why it is down or degraded, e.g. "HTTP 503" or "timeout after 10 s"; null when up. */
  cause: z.string().nullable(),
  /** When the check entered `status`, ISO 8601. */
  since: z.string(),
  outageId: z.string().nullable(),
  /** Recovered messages: how long the outage lasted. */
  durationSeconds: z.number().optional(),
});
export type AlertCheck = z.infer<typeof alertCheck>;

/**
 * The payload every channel formats, and the JSON body of the webhook channel: documented in
 * README ("Alert payload") and versioned, so a receiver can rely on its shape.
 * A PagerDuty/Opsgenie/Statuspage module triggers on any kind but "recovered" and resolves on
 * "recovered" with the same `dedupKey` (the outage id for a single check).
 */
export const alertMessage = z.object({
  version: z.literal(1),
  kind: z.enum(alertKinds),
  workspace: z.object({ id: z.string(), name: z.string() }),
  checks: z.array(alertCheck),
  /** True when the message gathers several changes (a storm); `checks` lists them all. */
  grouped: z.boolean(),
  /** The link that acknowledges the alert without signing in; null for tests and recoveries. */
  ackUrl: z.string().nullable(),
  /** Check id → its dashboard page. */
  checkUrls: z.record(z.string(), z.string()),
  occurredAt: z.string(),
  dedupKey: z.string(),
});
export type AlertMessage = z.infer<typeof alertMessage>;

/** A one-line summary the chat channels use as their title. */
export function alertTitle(message: AlertMessage): string {
  const [first] = message.checks;
  const subject = message.checks.length === 1 && first ? first.name : `${message.checks.length} checks`;
  switch (message.kind) {
    case "down":
      return `${subject} ${message.checks.length === 1 ? "is" : "are"} down`;
    case "recovered":
      return `${subject} recovered`;
    case "degraded":
      return `${subject} degraded`;
    case "tls_expiring":
      return `TLS certificate expiring: ${subject}`;
    case "heartbeat_missed":
      return `Heartbeat missed: ${subject}`;
    case "composite":
      return `${subject} changed state`;
    case "test":
      return "Test alert from Pingpage";
  }
}
