import { z } from "zod";

/** The response-time chart's range, from the check page's query string; anything else shows 24 h. */
export const responseTimeRange = z.enum(["24h", "7d", "30d", "90d"]).catch("24h");
export type ResponseTimeRange = z.infer<typeof responseTimeRange>;
