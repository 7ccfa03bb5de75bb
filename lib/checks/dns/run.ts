import { Resolver } from "node:dns/promises";
import { formatResolverAddress, parseResolverAddress, type DnsConfig, type DnsRecordType } from "./schema";
import { ipv6Bytes } from "@/lib/net/ip";
import { specialAddress } from "@/lib/net/special-addresses";
import { resolveTarget } from "@/lib/net/ssrf";
import { ProbeError, probeDeadline } from "../errors";
import type { CheckResult, RunOptions } from "../types";

/**
 * Asks the check's own resolver, else the configured ones (the system's only when self-hosted), for
 * records and compares them with the expected values.
 */
export async function runDns(config: DnsConfig, options: RunOptions): Promise<CheckResult> {
  const deadline = probeDeadline(options);
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: 1 });
  const onAbort = () => resolver.cancel();
  deadline.signal.addEventListener("abort", onAbort, { once: true });
  let server = "system";
  try {
    if (config.resolver !== undefined) {
      const parsed = parseResolverAddress(config.resolver);
      if (!parsed) throw new ProbeError("config", `the resolver ${config.resolver} is not an IP address`);
      // Asking an internal DNS server is itself a request into the private network.
      await resolveTarget(parsed.host, { ...options, signal: deadline.signal });
      server = formatResolverAddress(parsed);
      resolver.setServers([server]);
    } else if (options.dnsServers && options.dnsServers.length > 0) {
      resolver.setServers(options.dnsServers);
      server = options.dnsServers.join(", ");
    }
    const records = await query(resolver, config.recordType, config.hostname).catch((error: unknown) => {
      throw explain(error, config);
    });
    const totalMs = deadline.elapsed();
    const shown = options.allowPrivateTargets ? records : records.map((record) => redacted(config.recordType, record));
    const details = { records: shown, resolver: server };
    const timings = { dnsMs: totalMs, totalMs };
    const error = mismatch(config, records, shown);
    if (error) return { ok: false, latencyMs: totalMs, errorClass: "assertion", error, timings, details };
    return { ok: true, latencyMs: totalMs, timings, details };
  } catch (error) {
    return deadline.fail(error, { details: { resolver: server } });
  } finally {
    deadline.signal.removeEventListener("abort", onAbort);
    deadline.dispose();
  }
}

async function query(resolver: Resolver, type: DnsRecordType, hostname: string): Promise<string[]> {
  switch (type) {
    case "A":
      return resolver.resolve4(hostname);
    case "AAAA":
      return resolver.resolve6(hostname);
    case "CNAME":
      return resolver.resolveCname(hostname);
    case "NS":
      return resolver.resolveNs(hostname);
    case "MX":
      return (await resolver.resolveMx(hostname)).map((mx) => `${mx.priority} ${mx.exchange}`);
    case "TXT":
      return (await resolver.resolveTxt(hostname)).map((chunks) => chunks.join(""));
  }
}

/** Compares the way people write records: case and trailing dots ignored, IPv6 in any notation. */
export function normalizeRecord(type: DnsRecordType, value: string): string {
  const text = value.trim();
  if (type === "TXT") return text;
  if (type === "AAAA") {
    const bytes = ipv6Bytes(text);
    return bytes ? Buffer.from(bytes).toString("hex") : text.toLowerCase();
  }
  return text.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
}

/** In hosted mode an internal address in an answer is named by its kind only: it maps someone's network. */
function redacted(type: DnsRecordType, record: string): string {
  const kind = type === "A" || type === "AAAA" ? specialAddress(record) : null;
  return kind && !kind.revealsNothing ? `${kind.reason} (redacted)` : record;
}

/** Compares the real answers; the message shows them as `shown` (redacted in hosted mode). */
function mismatch(config: DnsConfig, records: string[], shown: string[]): string | null {
  if (config.expected.length === 0) return null;
  const answered = new Set(records.map((r) => normalizeRecord(config.recordType, r)));
  const expected = new Set(config.expected.map((e) => normalizeRecord(config.recordType, e)));
  const missing = config.expected.filter((e) => !answered.has(normalizeRecord(config.recordType, e)));
  const extra = records.filter((r) => !expected.has(normalizeRecord(config.recordType, r)));
  if (missing.length === 0 && (config.match === "includes" || extra.length === 0)) return null;
  const got = shown.length > 0 ? shown.join(", ") : "nothing";
  const want = config.match === "exact" ? `exactly ${config.expected.join(", ")}` : config.expected.join(", ");
  return `${config.recordType} ${config.hostname} answered ${got}, expected ${want}`;
}

function explain(error: unknown, config: DnsConfig): unknown {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const name = `${config.recordType} ${config.hostname}`;
  if (code === "ENODATA") return new ProbeError("dns", `no ${config.recordType} records for ${config.hostname}`);
  if (code === "ENOTFOUND") return new ProbeError("dns", `${config.hostname} does not exist (NXDOMAIN)`);
  if (code === "ETIMEOUT") return new ProbeError("timeout", `the resolver did not answer ${name} in time`);
  if (code === "ECONNREFUSED") return new ProbeError("refused", `the resolver refused the query for ${name}`);
  if (code === "ESERVFAIL" || code === "EREFUSED") {
    return new ProbeError("dns", `the resolver answered ${code === "ESERVFAIL" ? "SERVFAIL" : "REFUSED"} for ${name}`);
  }
  return error;
}
