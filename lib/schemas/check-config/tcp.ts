import { z } from "zod";
import { port, targetHost, upsideDown } from "./shared";

export const tcpConfig = z.object({
  type: z.literal("tcp"),
  host: targetHost,
  port,
  /** Bytes to write once connected, e.g. "PING\r\n"; escapes like \r\n are the caller's to decode. */
  send: z.string().max(4_096).optional(),
  /** Text the reply (or the server's banner, when nothing is sent) must contain. */
  expect: z.string().min(1).max(1_000).optional(),
  upsideDown,
});
export type TcpConfig = z.infer<typeof tcpConfig>;
