import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../load";
import { importGatus } from "./gatus";
import { importUptimeKuma } from "./uptime-kuma";
import { importedYaml } from "./write";

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), "utf8");
const placeholders = (names: string[]) => Object.fromEntries(names.map((name) => [name, "from-the-environment"]));

describe("import gatus", () => {
  const result = importGatus(fixture("gatus.yaml"));

  it("turns endpoints and their conditions into checks", () => {
    const byKey = Object.fromEntries(result.config.checks.map((check) => [check.key, check]));
    expect(byKey.website).toMatchObject({
      intervalSeconds: 300,
      tags: ["core"],
      config: { type: "http", url: "https://twin.sh/health", assertions: [{ type: "status", expected: "200" }, { type: "jsonPath", path: "$.status", op: "eq", value: "UP" }, { type: "responseTime", maxMs: 299 }] },
    });
    expect(byKey["website-certificate"]).toMatchObject({ config: { type: "tls", host: "twin.sh", port: 443, minDaysValid: 2 } });
    expect(byKey.api).toMatchObject({ timeoutMs: 5000, config: { method: "POST", verifyTls: false, headers: [{ name: "Content-Type", value: "application/json" }, { name: "Authorization", value: "${GATUS_API_AUTHORIZATION}" }], assertions: [{ type: "status", expected: "200,201" }, { type: "body", op: "contains", value: "items" }] } });
    expect(byKey["example-dns-query"]).toMatchObject({ intervalSeconds: 30, config: { type: "dns", hostname: "example.com", recordType: "A", resolver: "8.8.8.8", expected: ["93.184.215.14"] } });
    expect(byKey["icmp-ping"]).toMatchObject({ config: { type: "ping", host: "example.org" } });
    expect(byKey.smtp).toMatchObject({ intervalSeconds: 120, config: { type: "tcp", host: "mail.example.org", port: 25 } });
    expect(byKey["nightly-backup"]).toMatchObject({ config: { type: "heartbeat" } });
    expect(result.secrets).toEqual(["GATUS_API_AUTHORIZATION"]);
  });

  it("lists what it could not translate", () => {
    expect(result.untranslated).toEqual([
      "alerting.slack: alert providers are not imported; add an alert channel in Pingpage",
      'endpoint website: alert "slack" is not imported; attach an alert policy in Pingpage',
      'endpoint api: condition "len([BODY].items) > 0" is not imported',
      "endpoint ssh: ssh endpoints have no Pingpage check type; not imported",
      "external-endpoints nightly-backup: imported as a heartbeat check expecting a ping every hour; set its period, and point the pusher at its heartbeat URL",
    ]);
  });

  it("writes a file that validates, listing the leftovers in it", () => {
    const text = importedYaml(result, "gatus.yaml");
    expect(text).toContain('#   - endpoint api: condition "len([BODY].items) > 0" is not imported');
    const loaded = loadConfig(text, "pingpage.yaml", placeholders(result.secrets));
    expect(loaded.ok && loaded.config.checks.length).toBe(7);
  });
});

describe("import uptime-kuma", () => {
  const result = importUptimeKuma(fixture("uptime-kuma.json"));

  it("turns monitors into checks, groups into tags, secrets into environment variables", () => {
    const byKey = Object.fromEntries(result.config.checks.map((check) => [check.key, check]));
    expect(Object.keys(byKey)).toEqual(["main-site", "login-page", "postgres-port", "dns-example-com", "gateway", "backup-job"]);
    expect(byKey["main-site"]).toMatchObject({ failureThreshold: 3, timeoutMs: 48_000, tags: ["Production", "web"], config: { type: "http", maxRedirects: 10, assertions: [{ type: "status", expected: "200-299" }] } });
    expect(byKey["login-page"]).toMatchObject({
      config: {
        verifyTls: false,
        headers: [{ name: "X-Api-Key", value: "${KUMA_LOGIN_PAGE_HEADER_1}" }],
        auth: { type: "basic", username: "monitor", password: "${KUMA_LOGIN_PAGE_PASSWORD}" },
        assertions: [{ type: "status" }, { type: "body", op: "contains", value: "Sign in" }],
      },
    });
    expect(byKey["postgres-port"]).toMatchObject({ failureThreshold: 2, config: { type: "tcp", host: "db.example.com", port: 5432 } });
    expect(byKey["dns-example-com"]).toMatchObject({ config: { type: "dns", recordType: "AAAA", resolver: "1.1.1.1" } });
    expect(byKey.gateway).toMatchObject({ paused: true, config: { type: "ping", host: "10.0.0.1" } });
    expect(byKey["backup-job"]).toMatchObject({ config: { type: "heartbeat", periodSeconds: 86_400 } });
    expect(JSON.stringify(result.config)).not.toContain("hunter2");
  });

  it("lists notifications, push tokens and unsupported monitor types", () => {
    expect(result.untranslated).toEqual([
      "notification Ops Telegram: notifications are not imported; add an alert channel in Pingpage",
      "monitor Backup job: the push token is not imported; point the pusher at the new heartbeat URL",
      'monitor Redis: type "redis" has no Pingpage check type; not imported',
      'monitor Docker web: type "docker" has no Pingpage check type; not imported',
    ]);
    const loaded = loadConfig(importedYaml(result, "backup.json"), "pingpage.yaml", placeholders(result.secrets));
    expect(loaded.ok ? loaded.config.checks.length : loaded.problems).toBe(6);
  });
});
