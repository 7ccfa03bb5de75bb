import { z } from "zod";

/** A job that pings us; it is down when no ping arrives within period + grace. */
export const heartbeatConfig = z.object({
  type: z.literal("heartbeat"),
  periodSeconds: z.number().int().min(10).max(31 * 24 * 3600),
  graceSeconds: z.number().int().min(0).max(7 * 24 * 3600).default(60),
});
export type HeartbeatConfig = z.infer<typeof heartbeatConfig>;
