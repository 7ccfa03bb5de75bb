import { z } from "zod";
import { port, targetHost, upsideDown } from "./shared";

export const tcpConfig = z.object({
  type: z.literal("tcp"),
  host: targetHost,
  port,
  /** Text written as UTF-8 once connected, exactly as given (a YAML or JSON string can carry "\r\n"). */
  send: z.string().max(4_096).optional(),
  /** Text the reply (or the server's banner, when nothing is sent) must contain. */
  expect: z.string().min(1).max(1_000).optional(),
  upsideDown,
});
export type TcpConfig = z.infer<typeof tcpConfig>;
