import { z } from "zod";
import { formLines, formOptionalText, isIpLiteral, port, targetHost } from "@/lib/schemas/check-config/shared";

export const dnsRecordType = z.enum(["A", "AAAA", "CNAME", "MX", "TXT", "NS"]);
export type DnsRecordType = z.infer<typeof dnsRecordType>;

/** "1.1.1.1", "1.1.1.1:5353", "2606:4700::1111" or "[2606:4700::1111]:53". */
export function parseResolverAddress(text: string): { host: string; port: number } | null {
  const trimmed = text.trim();
  const withPort = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed) ?? /^([\d.]+)(?::(\d+))?$/.exec(trimmed);
  const host = withPort ? withPort[1] : trimmed;
  if (host === undefined || !isIpLiteral(host)) return null;
  const parsedPort = port.safeParse(withPort?.[2] === undefined ? 53 : Number(withPort[2]));
  return parsedPort.success ? { host, port: parsedPort.data } : null;
}

/** The form Node's resolver takes: "1.1.1.1:53" or "[2606:4700::1111]:53". */
export function formatResolverAddress({ host, port }: { host: string; port: number }): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

export const dnsConfig = z.object({
  type: z.literal("dns"),
  hostname: targetHost,
  recordType: dnsRecordType.default("A"),
  /** Which server to ask, as ip[:port]; the configured resolvers (CHECK_DNS_SERVERS) when absent. */
  resolver: formOptionalText(
    z
      .string()
      .trim()
      .refine((r) => parseResolverAddress(r) !== null, "Enter the resolver as an IP address, optionally with :port")
      .optional(),
  ),
  /** Values that must be among the answers, e.g. "93.184.216.34" or "10 mail.example.com" for MX. */
  expected: formLines(z.array(z.string().trim().min(1).max(1_000, "Keep each value under 1000 characters")).max(50, "At most 50 values").default([])),
  /** "includes": every expected value is answered; "exact": the answers are exactly the expected set. */
  match: z.enum(["includes", "exact"]).default("includes"),
});
export type DnsConfig = z.infer<typeof dnsConfig>;
