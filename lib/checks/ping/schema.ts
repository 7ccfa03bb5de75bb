import { z } from "zod";
import { formNumber, targetHost } from "@/lib/schemas/check-config/shared";

export const pingConfig = z.object({
  type: z.literal("ping"),
  host: targetHost,
  count: formNumber(z.number({ error: "Enter how many packets to send" }).int("Use a whole number").min(1, "Send at least 1 packet").max(20, "Send at most 20 packets").default(3)),
  /** Fail when more than this share of packets is lost. */
  maxPacketLossPercent: formNumber(z.number({ error: "Enter a percentage" }).min(0, "Use 0 to 100").max(100, "Use 0 to 100").default(0)),
  /** Fail when the average round trip is slower than this; no limit when absent. */
  maxAvgRttMs: formNumber(z.number({ error: "Enter milliseconds" }).positive("Use more than 0 ms").max(60_000, "At most 60000 ms").optional()),
});
export type PingConfig = z.infer<typeof pingConfig>;
