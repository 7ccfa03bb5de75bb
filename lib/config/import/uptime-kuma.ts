import { z } from "zod";
import { keyAllocator } from "../keys";
import { clamp, secretName, type ImportResult } from "./types";

const text = z.string().nullish();
const monitor = z.looseObject({
  id: z.number(),
  name: z.string(),
  type: z.string(),
  active: z.union([z.boolean(), z.number()]).default(true),
  interval: z.number().default(60),
  timeout: z.number().nullish(),
  maxretries: z.number().default(0),
  parent: z.number().nullish(),
  url: text,
  method: text,
  body: text,
  headers: text,
  keyword: text,
  invertKeyword: z.union([z.boolean(), z.number()]).nullish(),
  hostname: text,
  port: z.number().nullish(),
  dns_resolve_type: text,
  dns_resolve_server: text,
  accepted_statuscodes: z.array(z.string()).nullish(),
  ignoreTls: z.union([z.boolean(), z.number()]).nullish(),
  upsideDown: z.union([z.boolean(), z.number()]).nullish(),
  maxredirects: z.number().nullish(),
  authMethod: text,
  basic_auth_user: text,
  tags: z.array(z.looseObject({ name: z.string(), value: text })).default([]),
});
const backup = z.looseObject({
  version: z.string().optional(),
  notificationList: z.array(z.looseObject({ name: z.string().nullish() })).default([]),
  monitorList: z.array(monitor),
});
type Monitor = z.infer<typeof monitor>;

const SUPPORTED = new Set(["http", "keyword", "port", "dns", "ping", "push", "group"]);

/** An Uptime Kuma JSON backup as a pingpage.yaml; groups become tags on their monitors. */
export function importUptimeKuma(json: string): ImportResult {
  const file = backup.parse(JSON.parse(json));
  const result: ImportResult = { config: { checks: [] }, untranslated: [], secrets: [] };
  const groups = new Map(file.monitorList.filter((item) => item.type === "group").map((item) => [item.id, item.name]));
  const nextKey = keyAllocator();
  for (const notification of file.notificationList) result.untranslated.push(`notification ${notification.name ?? "(unnamed)"}: notifications are not imported; add an alert channel in Pingpage`);
  for (const item of file.monitorList) {
    if (item.type === "group") continue;
    if (!SUPPORTED.has(item.type)) {
      result.untranslated.push(`monitor ${item.name}: type "${item.type}" has no Pingpage check type; not imported`);
      continue;
    }
    const key = nextKey(item.name);
    const group = item.parent ? groups.get(item.parent) : undefined;
    const tags = [...(group ? [group] : []), ...item.tags.map((tag) => tag.name)];
    result.config.checks.push({
      key,
      name: item.name,
      intervalSeconds: clamp(item.interval, 10, 86_400),
      ...(item.timeout ? { timeoutMs: clamp(item.timeout * 1000, 500, 60_000) } : {}),
      failureThreshold: clamp(item.maxretries + 1, 1, 10),
      paused: !item.active,
      tags: [...new Set(tags)],
      config: configOf(item, key, result),
    });
  }
  return result;
}

function configOf(item: Monitor, key: string, result: ImportResult): Record<string, unknown> {
  const where = `monitor ${item.name}`;
  const upsideDown = Boolean(item.upsideDown);
  switch (item.type) {
    case "port":
      return { type: "tcp", host: item.hostname, port: item.port, upsideDown };
    case "ping":
      if (upsideDown) result.untranslated.push(`${where}: "upside down" is not available for ping checks; not imported`);
      return { type: "ping", host: item.hostname };
    case "dns":
      if (upsideDown) result.untranslated.push(`${where}: "upside down" is not available for DNS checks; not imported`);
      return { type: "dns", hostname: item.hostname, recordType: item.dns_resolve_type ?? "A", ...(item.dns_resolve_server ? { resolver: item.dns_resolve_server } : {}) };
    case "push":
      result.untranslated.push(`${where}: the push token is not imported; point the pusher at the new heartbeat URL`);
      return { type: "heartbeat", periodSeconds: clamp(item.interval, 10, 31 * 24 * 3600), graceSeconds: 60 };
    default:
      return httpConfig(item, key, result);
  }
}

function httpConfig(item: Monitor, key: string, result: ImportResult): Record<string, unknown> {
  const where = `monitor ${item.name}`;
  const assertions: Record<string, unknown>[] = [{ type: "status", expected: (item.accepted_statuscodes ?? ["200-299"]).join(",") }];
  if (item.type === "keyword" && item.keyword) assertions.push({ type: "body", op: item.invertKeyword ? "notContains" : "contains", value: item.keyword });
  let headers: { name: string; value: string }[] = [];
  if (item.headers) {
    try {
      headers = Object.entries(z.record(z.string(), z.unknown()).parse(JSON.parse(item.headers))).map(([name], index) => {
        // Every header value may hold a credential: the file reads them from the environment.
        const variable = secretName("KUMA", key, `HEADER_${index + 1}`);
        result.secrets.push(variable);
        return { name, value: `\${${variable}}` };
      });
    } catch {
      result.untranslated.push(`${where}: its headers are not JSON; not imported`);
    }
  }
  let auth: Record<string, unknown> | undefined;
  if (item.authMethod === "basic" && item.basic_auth_user) {
    const variable = secretName("KUMA", key, "PASSWORD");
    result.secrets.push(variable);
    auth = { type: "basic", username: item.basic_auth_user, password: `\${${variable}}` };
  } else if (item.authMethod) result.untranslated.push(`${where}: authentication "${item.authMethod}" is not imported`);
  return {
    type: "http",
    url: item.url,
    method: (item.method ?? "GET").toUpperCase(),
    ...(item.body ? { body: item.body } : {}),
    headers,
    ...(auth ? { auth } : {}),
    verifyTls: !item.ignoreTls,
    maxRedirects: clamp(item.maxredirects ?? 5, 0, 20),
    assertions,
    upsideDown: Boolean(item.upsideDown),
  };
}
