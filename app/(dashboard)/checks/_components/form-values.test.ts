import { describe, expect, it } from "vitest";
import { formToObject } from "@/lib/parse-form";
import { checkInput } from "@/lib/schemas/check";
import { checkFormValues } from "./form-values";

/** What the browser would post for a form showing these values (checkboxes post hidden "false" first). */
function post(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (key.endsWith("[]")) value.split(",").forEach((item) => form.append(key, item));
    else form.append(key, value);
  }
  return form;
}

/** The nested object a form posts; formToObject reports a refused field name instead of throwing. */
function objectOf(form: FormData): Record<string, unknown> {
  const parsed = formToObject(form);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const base = { intervalSeconds: 60, timeoutMs: 5000, failureThreshold: 2, recoveryThreshold: 1, paused: false };

describe("check form values", () => {
  it.each([
    {
      type: "http",
      config: {
        type: "http",
        url: "https://example.com/health",
        method: "POST",
        query: [{ name: "full", value: "1" }],
        headers: [{ name: "Accept", value: "application/json" }],
        body: '{"ping":true}',
        auth: { type: "bearer", token: "s3cret" },
        followRedirects: false,
        maxRedirects: 0,
        verifyTls: false,
        assertions: [
          { type: "status", expected: "200,204" },
          { type: "body", op: "matches", value: "ok|fine" },
          { type: "header", name: "content-type", op: "contains", value: "json" },
          { type: "jsonPath", path: "$.items[0].count", op: "gt", value: "3" },
          { type: "responseTime", maxMs: 800 },
        ],
        upsideDown: true,
      },
    },
    { type: "tcp", config: { type: "tcp", host: "db.example.com", port: 5432, send: "PING\r\n", expect: "PONG", upsideDown: false } },
    { type: "dns", config: { type: "dns", hostname: "example.com", recordType: "MX", resolver: "1.1.1.1:53", expected: ["10 a.example.com", "20 b.example.com"], match: "exact" } },
    { type: "tls", config: { type: "tls", host: "example.com", port: 8443, minDaysValid: 30, checkHostname: false, checkChain: true } },
    { type: "ping", config: { type: "ping", host: "203.0.113.10", count: 5, maxPacketLossPercent: 20, maxAvgRttMs: 150 } },
    { type: "heartbeat", config: { type: "heartbeat", periodSeconds: 3600, graceSeconds: 300 } },
    {
      type: "composite",
      config: { type: "composite", checkIds: ["0b0e8f0e-5d1a-4e0e-9a55-3d1f1f3b7c01", "6c1f0e8e-5d1a-4e0e-9a55-3d1f1f3b7c02"], mode: "all" },
    },
  ])("round-trips a $type check through the form fields and the shared schema", ({ config }) => {
    const saved = checkInput.parse({ name: "Round trip", degradedThresholdMs: 700, ...base, config });
    const values = checkFormValues({ ...saved, degradedThresholdMs: saved.degradedThresholdMs ?? null });
    const reparsed = checkInput.parse(objectOf(post(values)));
    expect(reparsed).toEqual(saved);
  });

  it("reads an unticked box as off, even where the API default is on", () => {
    const form = post({ name: "x", "config.type": "http", "config.url": "https://example.com", "config.followRedirects": "false", "config.verifyTls": "false" });
    form.append("config.verifyTls", "true");
    const parsed = checkInput.parse(objectOf(form));
    expect(parsed.config).toMatchObject({ followRedirects: false, verifyTls: true });
  });

  it("names the field of each bad value", () => {
    const result = checkInput.safeParse(
      objectOf(
        post({
          name: "x",
          "config.type": "tcp",
          "config.host": "http://db",
          "config.port": "99999",
          degradedThresholdMs: "soon",
        }),
      ),
    );
    const paths = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(paths).toMatchObject({
      "config.host": expect.stringContaining("without http://"),
      "config.port": "Ports run from 1 to 65535",
      degradedThresholdMs: "Enter a time in milliseconds",
    });
  });

  it("holds only the settings the form edits, never the rest of a check row", () => {
    const row = {
      ...base,
      id: "0b6f1b8e-6a43-4d38-9a2b-1d0f3f1f6c11",
      name: "Backup",
      degradedThresholdMs: null,
      config: { type: "heartbeat" as const, periodSeconds: 60, graceSeconds: 30 },
      heartbeatToken: "tok_abcdefghijklmnopqrstuvwxyz0123",
      lastError: "connect ECONNREFUSED 10.0.0.5:443",
      status: "down",
    };
    const values = checkFormValues(row);
    expect(Object.keys(values).sort()).toEqual(
      ["config.graceSeconds", "config.periodSeconds", "config.type", "failureThreshold", "intervalSeconds", "name", "paused", "recoveryThreshold", "timeoutMs"].sort(),
    );
    expect(JSON.stringify(values)).not.toContain("tok_");
  });
});
