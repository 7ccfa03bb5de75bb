import { z } from "zod";
import { formNumber, formOptionalText, port, targetHost, upsideDown } from "./shared";

export const tcpConfig = z.object({
  type: z.literal("tcp"),
  host: targetHost,
  port: formNumber(port),
  /** Text written as UTF-8 once connected, exactly as given (a YAML or JSON string can carry "\r\n"). */
  send: formOptionalText(z.string().max(4_096, "Send at most 4096 characters").optional()),
  /** Text the reply (or the server's banner, when nothing is sent) must contain. */
  expect: formOptionalText(z.string().min(1).max(1_000, "Expect at most 1000 characters").optional()),
  upsideDown,
});
export type TcpConfig = z.infer<typeof tcpConfig>;
