import { z } from "zod";

export const pagerDutySeverities = ["critical", "error", "warning", "info"] as const;

export const pagerDutyConfig = z.object({
  /** Severity of down alerts; degraded checks and certificate warnings go out as "warning". */
  severity: z.preprocess((value) => (value === "" ? undefined : value), z.enum(pagerDutySeverities, { error: "Pick a severity" }).default("critical")),
});
export type PagerDutyConfig = z.infer<typeof pagerDutyConfig>;

export const pagerDutySecrets = z.object({
  /** The integration key of an Events API v2 integration on a PagerDuty service. */
  routingKey: z
    .string({ error: "Enter the integration key" })
    .trim()
    .regex(/^[A-Za-z0-9]{32}$/, "The integration (routing) key is 32 letters and digits"),
});
export type PagerDutySecrets = z.infer<typeof pagerDutySecrets>;
