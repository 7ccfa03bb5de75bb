import { z } from "zod";
import { checkConfig } from "./check-config";
import { resourceKey } from "./resource-key";

export const checkInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Keep the name under 100 characters"),
  intervalSeconds: z.coerce
    .number({ message: "Enter the interval in seconds" })
    .int("The interval must be a whole number of seconds")
    .min(10, "The interval must be at least 10 seconds")
    .max(86_400, "The interval can be at most 24 hours (86400 seconds)")
    // Heartbeat and composite checks are not probed on an interval; their forms leave it out.
    .default(60),
  timeoutMs: z.coerce
    .number({ error: "Enter the timeout in milliseconds" })
    .int("Use whole milliseconds")
    .min(500, "The timeout must be at least 500 ms")
    .max(60_000, "The timeout can be at most 60 seconds")
    .default(10_000),
  failureThreshold: z.coerce.number({ error: "Enter a number of runs" }).int("Use a whole number").min(1, "At least 1").max(10, "At most 10").default(2),
  recoveryThreshold: z.coerce.number({ error: "Enter a number of runs" }).int("Use a whole number").min(1, "At least 1").max(10, "At most 10").default(1),
  /** Slower successful runs than this count as degraded; never when absent. */
  degradedThresholdMs: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "Enter a time in milliseconds" })
      .int("Use whole milliseconds")
      .min(1, "Use more than 0 ms")
      .max(600_000, "At most 600000 ms")
      .optional(),
  ),
  paused: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
  /** Worker regions that run the check; none means any one region per slot. */
  regions: z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((r) => r.trim()).filter(Boolean) : v),
    z
      .array(z.string().regex(/^[a-z0-9-]{1,32}$/, "Regions are lowercase letters, digits and dashes"))
      .max(10, "Pin a check to at most 10 regions")
      .transform((regions) => [...new Set(regions)]),
  ).default([]),
  /** How many pinned regions must see the check down before it is called down. */
  quorum: z.coerce.number().int("The quorum must be a whole number").min(1, "The quorum must be at least 1").default(1),
  config: checkConfig,
  /** Set by config as code (pingpage.yaml); the form leaves it out, which keeps the stored key. */
  key: resourceKey.nullish(),
}).refine((check) => check.quorum <= Math.max(1, check.regions.length), {
  message: "The quorum cannot exceed the number of regions the check is pinned to",
  path: ["quorum"],
});
export type CheckInput = z.infer<typeof checkInput>;

export const checkId = z.string().uuid("Unknown check");
