import { z } from "zod";
import { formBoolean, formNumber, port, targetHost } from "@/lib/schemas/check-config/shared";

export const tlsConfig = z.object({
  type: z.literal("tls"),
  host: targetHost,
  port: formNumber(port.default(443)),
  /** Fail when the certificate expires in fewer days than this. */
  minDaysValid: formNumber(
    z
      .number({ error: "Enter a number of days" })
      .int("Use a whole number of days")
      .min(0, "Use 0 or more days")
      .max(3_650, "At most 3650 days")
      .default(14),
  ),
  checkHostname: formBoolean(z.boolean().default(true)),
  checkChain: formBoolean(z.boolean().default(true)),
});
export type TlsConfig = z.infer<typeof tlsConfig>;
