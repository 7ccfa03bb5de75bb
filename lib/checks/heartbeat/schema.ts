import { z } from "zod";
import { formNumber } from "@/lib/schemas/check-config/shared";

/** A job that pings us; it is down when no ping arrives within period + grace. */
export const heartbeatConfig = z.object({
  type: z.literal("heartbeat"),
  periodSeconds: formNumber(
    z
      .number({ error: "Enter how often the job runs, in seconds" })
      .int("Use a whole number of seconds")
      .min(10, "The period must be at least 10 seconds")
      .max(31 * 24 * 3600, "The period can be at most 31 days (2678400 seconds)"),
  ),
  graceSeconds: formNumber(
    z
      .number({ error: "Enter the grace time in seconds" })
      .int("Use a whole number of seconds")
      .min(0, "The grace time cannot be negative")
      .max(7 * 24 * 3600, "The grace time can be at most 7 days (604800 seconds)")
      .default(60),
  ),
});
export type HeartbeatConfig = z.infer<typeof heartbeatConfig>;
