import { z } from "zod";

/** The secret in a heartbeat URL: 32 URL-safe characters (24 random bytes). */
export const heartbeatToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "Unknown heartbeat");
export type HeartbeatToken = z.infer<typeof heartbeatToken>;
