import { z } from "zod";
import { targetHost } from "./shared";

export const pingConfig = z.object({
  type: z.literal("ping"),
  host: targetHost,
  count: z.number().int().min(1).max(20).default(3),
  /** Fail when more than this share of packets is lost. */
  maxPacketLossPercent: z.number().min(0).max(100).default(0),
  /** Fail when the average round trip is slower than this; no limit when absent. */
  maxAvgRttMs: z.number().positive().max(60_000).optional(),
});
export type PingConfig = z.infer<typeof pingConfig>;
