import { z } from "zod";
import { formNumber, formOptionalText, port, targetHost, upsideDown } from "@/lib/schemas/check-config/shared";

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

type AbusePronePort = { service: string; abuse: string };

const mailRelay = { abuse: "mail relay and spam" };
const remoteExploits = { abuse: "remote exploits" };

/**
 * Ports a hosted install sends no `send` payload to: from thousands of tenants' checks, bytes sent
 * there relay spam, guess passwords, print, rewrite caches or deliver exploits. Connecting and
 * reading a banner stay allowed; a self-hosted install (ALLOW_PRIVATE_TARGETS) may send anywhere.
 */
export const abusePronePorts: Readonly<Record<number, AbusePronePort>> = {
  23: { service: "Telnet", abuse: "password guessing" },
  25: { service: "SMTP", ...mailRelay },
  53: { service: "DNS", abuse: "amplification; use a DNS check instead" },
  110: { service: "POP3", abuse: "password guessing" },
  119: { service: "NNTP", abuse: "news spam" },
  135: { service: "Microsoft RPC", ...remoteExploits },
  137: { service: "NetBIOS", ...remoteExploits },
  138: { service: "NetBIOS", ...remoteExploits },
  139: { service: "NetBIOS", ...remoteExploits },
  143: { service: "IMAP", abuse: "password guessing" },
  445: { service: "SMB", ...remoteExploits },
  465: { service: "SMTPS", ...mailRelay },
  515: { service: "LPD printing", abuse: "unwanted print jobs" },
  587: { service: "mail submission", ...mailRelay },
  1900: { service: "SSDP", abuse: "device control and amplification" },
  2525: { service: "SMTP", ...mailRelay },
  5353: { service: "mDNS", abuse: "device discovery and amplification" },
  6379: { service: "Redis", abuse: "commands that rewrite the server" },
  6667: { service: "IRC", abuse: "spam and botnet control" },
  9100: { service: "raw printing", abuse: "unwanted print jobs" },
  11211: { service: "memcached", abuse: "commands that rewrite the cache, and amplification" },
};

/** Why a hosted install will not send this check's payload, or null when it may. */
export function tcpSendRefusal(config: { port: number; send?: string }): string | null {
  const refused = config.send === undefined ? undefined : abusePronePorts[config.port];
  if (!refused) return null;
  return (
    `Pingpage does not send data to port ${config.port} (${refused.service}): it is open to abuse (${refused.abuse}). ` +
    "Leave Send empty to check that the port accepts connections or to read its banner."
  );
}
