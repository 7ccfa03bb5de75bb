import { parse } from "yaml";
import { z } from "zod";
import { keyAllocator } from "../keys";
import { clamp, durationSeconds, secretName, type ImportResult } from "./types";

const endpoint = z.looseObject({
  name: z.string(),
  group: z.string().optional(),
  url: z.string(),
  method: z.string().optional(),
  body: z.string().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  interval: z.string().optional(),
  enabled: z.boolean().optional(),
  conditions: z.array(z.string()).default([]),
  dns: z.object({ "query-name": z.string(), "query-type": z.string().default("A") }).optional(),
  client: z.looseObject({ insecure: z.boolean().optional(), timeout: z.string().optional() }).optional(),
  alerts: z.array(z.looseObject({ type: z.string() })).default([]),
});
const gatusFile = z.looseObject({
  endpoints: z.array(endpoint).default([]),
  "external-endpoints": z.array(z.looseObject({ name: z.string(), group: z.string().optional() })).default([]),
  alerting: z.record(z.string(), z.unknown()).optional(),
});
type Endpoint = z.infer<typeof endpoint>;

const CONDITION = /^\s*(\[[A-Z_]+\](?:\.[\w.[\]-]+)?)\s*(==|!=|<=|>=|<|>)\s*(.+?)\s*$/;

/** A Gatus config.yaml as a pingpage.yaml: endpoints become checks, conditions their assertions. */
export function importGatus(text: string): ImportResult {
  const file = gatusFile.parse(parse(text) ?? {});
  const result: ImportResult = { config: { checks: [] }, untranslated: [], secrets: [] };
  const nextKey = keyAllocator();
  for (const name of Object.keys(file.alerting ?? {})) result.untranslated.push(`alerting.${name}: alert providers are not imported; add an alert channel in Pingpage`);
  for (const item of file.endpoints) translateEndpoint(item, nextKey, result);
  for (const item of file["external-endpoints"]) {
    const key = nextKey(item.name);
    result.config.checks.push({ key, name: item.name, tags: item.group ? [item.group] : [], config: { type: "heartbeat", periodSeconds: 3600 } });
    result.untranslated.push(`external-endpoints ${item.name}: imported as a heartbeat check expecting a ping every hour; set its period, and point the pusher at its heartbeat URL`);
  }
  return result;
}

function translateEndpoint(item: Endpoint, nextKey: (name: string) => string, result: ImportResult) {
  const where = `endpoint ${item.name}`;
  const key = nextKey(item.name);
  const base: Record<string, unknown> = { key, name: item.name, tags: item.group ? [item.group] : [] };
  const interval = item.interval ? durationSeconds(item.interval) : 60;
  if (interval === null) result.untranslated.push(`${where}: interval "${item.interval}" is not a duration; 60 seconds used`);
  base.intervalSeconds = clamp(interval ?? 60, 10, 86_400);
  if (item.enabled === false) base.paused = true;
  const timeout = item.client?.timeout ? durationSeconds(item.client.timeout) : null;
  if (timeout !== null) base.timeoutMs = clamp(timeout * 1000, 500, 60_000);
  for (const alert of item.alerts) result.untranslated.push(`${where}: alert "${alert.type}" is not imported; attach an alert policy in Pingpage`);

  const scheme = /^([a-z]+):\/\//i.exec(item.url)?.[1]?.toLowerCase();
  const conditions = item.conditions.map((text) => ({ text, parts: CONDITION.exec(text) }));
  const handled = new Set<string>();
  let config: Record<string, unknown> | null = null;

  if (item.dns) {
    const answers = conditions.filter((c) => c.parts?.[1] === "[BODY]" && c.parts[2] === "==").map((c) => (handled.add(c.text), c.parts?.[3] ?? ""));
    conditions.filter((c) => c.parts?.[1] === "[DNS_RCODE]" && c.parts[3] === "NOERROR").forEach((c) => handled.add(c.text));
    config = { type: "dns", hostname: item.dns["query-name"], recordType: item.dns["query-type"].toUpperCase(), resolver: item.url.replace(/^[a-z]+:\/\//i, ""), expected: answers };
  } else if (scheme === "http" || scheme === "https") {
    config = httpConfig(item, conditions, handled, key, result);
  } else if (scheme === "tcp" || scheme === "icmp") {
    const target = new URL(item.url.replace(/^[a-z]+:/i, "http:"));
    config = scheme === "tcp" ? { type: "tcp", host: target.hostname, port: Number(target.port) } : { type: "ping", host: target.hostname };
    conditions.filter((c) => c.parts?.[1] === "[CONNECTED]" && c.parts[3] === "true").forEach((c) => handled.add(c.text));
  } else {
    result.untranslated.push(`${where}: ${scheme ?? "this"} endpoints have no Pingpage check type; not imported`);
    return;
  }
  result.config.checks.push({ ...base, config });

  const certificate = conditions.find((c) => c.parts?.[1] === "[CERTIFICATE_EXPIRATION]" && c.parts[2]?.startsWith(">"));
  const hours = certificate?.parts ? durationSeconds(certificate.parts[3] ?? "") : null;
  if (certificate && hours !== null && (scheme === "https" || scheme === "tcp")) {
    handled.add(certificate.text);
    const target = new URL(item.url.replace(/^tcp:/i, "https:"));
    result.config.checks.push({
      ...base,
      key: nextKey(`${item.name} certificate`),
      name: `${item.name} certificate`,
      config: { type: "tls", host: target.hostname, port: Number(target.port) || 443, minDaysValid: Math.ceil(hours / 86_400) },
    });
  }
  for (const condition of conditions) if (!handled.has(condition.text)) result.untranslated.push(`${where}: condition "${condition.text}" is not imported`);
}

function httpConfig(item: Endpoint, conditions: { text: string; parts: RegExpExecArray | null }[], handled: Set<string>, key: string, result: ImportResult) {
  const assertions: Record<string, unknown>[] = [];
  for (const { text, parts } of conditions) {
    if (!parts) continue;
    const [, left = "", op = "", right = ""] = parts;
    const assertion = httpAssertion(left, op, right.replace(/^"(.*)"$/, "$1"));
    if (assertion) {
      assertions.push(assertion);
      handled.add(text);
    }
  }
  const headers = Object.entries(item.headers ?? {}).map(([name, value]) => {
    if (!/^authorization$/i.test(name)) return { name, value: String(value) };
    // Credentials stay out of the file: it reads them from the environment.
    const variable = secretName("GATUS", key, name);
    result.secrets.push(variable);
    return { name, value: `\${${variable}}` };
  });
  return {
    type: "http",
    url: item.url,
    method: (item.method ?? "GET").toUpperCase(),
    ...(item.body ? { body: item.body } : {}),
    headers,
    verifyTls: item.client?.insecure !== true,
    assertions: assertions.length > 0 ? assertions : [{ type: "status", expected: "200-299" }],
  };
}

function httpAssertion(left: string, op: string, right: string): Record<string, unknown> | null {
  if (left === "[STATUS]") {
    const any = /^any\((.*)\)$/.exec(right);
    if (op === "==" && any) return { type: "status", expected: any[1]?.split(",").map((code) => code.trim()).join(",") };
    if (op === "==" && /^\d{3}$/.test(right)) return { type: "status", expected: right };
    if (op === "<" && /^\d{3}$/.test(right)) return { type: "status", expected: `100-${Number(right) - 1}` };
    if (op === "<=" && /^\d{3}$/.test(right)) return { type: "status", expected: `100-${right}` };
    return null;
  }
  if (left === "[RESPONSE_TIME]" && (op === "<" || op === "<=") && /^\d+$/.test(right)) return { type: "responseTime", maxMs: Number(right) - (op === "<" ? 1 : 0) };
  if (left === "[BODY]") {
    const pattern = /^pat\(\*?(.*?)\*?\)$/.exec(right);
    if (op === "==" && pattern) return { type: "body", op: "contains", value: pattern[1] };
    if (op === "!=" && pattern) return { type: "body", op: "notContains", value: pattern[1] };
    return null;
  }
  if (left.startsWith("[BODY].") && (op === "==" || op === "!=" || op === "<" || op === ">")) {
    const ops: Record<string, string> = { "==": "eq", "!=": "ne", "<": "lt", ">": "gt" };
    return { type: "jsonPath", path: `$${left.slice("[BODY]".length)}`, op: ops[op], value: right };
  }
  return null;
}
