import { z } from "zod";
import { port, targetHost } from "./shared";

export const tlsConfig = z.object({
  type: z.literal("tls"),
  host: targetHost,
  port: port.default(443),
  /** Fail when the certificate expires in fewer days than this. */
  minDaysValid: z.number().int().min(0).max(3_650).default(14),
  checkHostname: z.boolean().default(true),
  checkChain: z.boolean().default(true),
});
export type TlsConfig = z.infer<typeof tlsConfig>;
