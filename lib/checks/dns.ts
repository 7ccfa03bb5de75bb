import { Resolver } from "node:dns/promises";
import { parseResolverAddress, type DnsConfig, type DnsRecordType } from "@/lib/schemas/check-config";
import { ipv6Bytes } from "@/lib/net/ip";
import { resolveTarget } from "@/lib/net/ssrf";
import { ProbeError, probeDeadline } from "./errors";
import type { CheckResult, RunOptions } from "./types";

/** Asks one resolver (or the system's) for records and compares them with the expected values. */
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
      server = parsed.host.includes(":") ? `[${parsed.host}]:${parsed.port}` : `${parsed.host}:${parsed.port}`;
      resolver.setServers([server]);
    }
    const records = await query(resolver, config.recordType, config.hostname).catch((error: unknown) => {
      throw explain(error, config);
    });
    const totalMs = deadline.elapsed();
    const details = { records, resolver: server };
    const timings = { dnsMs: totalMs, totalMs };
    const error = mismatch(config, records);
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

function mismatch(config: DnsConfig, records: string[]): string | null {
  if (config.expected.length === 0) return null;
  const answered = new Set(records.map((r) => normalizeRecord(config.recordType, r)));
  const expected = new Set(config.expected.map((e) => normalizeRecord(config.recordType, e)));
  const missing = config.expected.filter((e) => !answered.has(normalizeRecord(config.recordType, e)));
  const extra = records.filter((r) => !expected.has(normalizeRecord(config.recordType, r)));
  if (missing.length === 0 && (config.match === "includes" || extra.length === 0)) return null;
  const got = records.length > 0 ? records.join(", ") : "nothing";
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
