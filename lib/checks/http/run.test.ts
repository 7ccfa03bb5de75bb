import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpConfig, type HttpConfig } from "@/lib/schemas/check-config";
import { runHttp } from "./run";
import { bodyLimitBytes } from "./hop";
import { startHttpTarget, type Target } from "../testing/http-target";

const local = { timeoutMs: 3_000, allowPrivateTargets: true };
let target: Target;
const seen: { method?: string; url?: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];

beforeAll(async () => {
  target = await startHttpTarget((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (path === "/json") {
        res.setHeader("content-type", "application/json");
        res.setHeader("x-version", "v2.3.1");
        return res.end(JSON.stringify({ status: "ok", queue: 12, items: [{ name: "db", up: true }], tags: ["a", "b"] }));
      }
      if (path === "/fail") return res.writeHead(500).end("internal error");
      if (path === "/slow") return setTimeout(() => res.end("late"), 1_000);
      if (path === "/big") return res.end(Buffer.alloc(bodyLimitBytes + 500_000, "x"));
      res.end("hello from pingpage");
    });
  });
});
afterAll(() => target.close());

const config = (fields: Partial<HttpConfig> & Record<string, unknown>) =>
  httpConfig.parse({ type: "http", url: target.url(), ...fields });

describe("runHttp against a local server", () => {
  it("passes with the dashboard form's minimal config and records real timings", async () => {
    const result = await runHttp(httpConfig.parse({ type: "http", url: target.url(), method: "GET", assertions: [{ type: "status", expected: "200-299" }] }), local);
    expect(result).toMatchObject({ ok: true, statusCode: 200, responseBytes: "hello from pingpage".length });
    expect(result.errorClass).toBeUndefined();
    expect(result.timings?.connectMs).toBeGreaterThan(0);
    expect(result.timings?.firstByteMs).toBeGreaterThan(0);
    expect(result.timings?.totalMs).toBeGreaterThanOrEqual(result.timings?.firstByteMs ?? Infinity);
  });

  it("names the failed status assertion with expected and actual values", async () => {
    const result = await runHttp(config({ url: target.url("/fail") }), local);
    expect(result).toMatchObject({ ok: false, statusCode: 500, errorClass: "assertion", error: "status 500, expected 200-299" });
  });

  it("accepts a status list or class", async () => {
    const listed = await runHttp(config({ url: target.url("/fail"), assertions: [{ type: "status", expected: "200,500" }] }), local);
    const klass = await runHttp(config({ url: target.url("/fail"), assertions: [{ type: "status", expected: "4xx" }] }), local);
    expect(listed.ok).toBe(true);
    expect(klass.error).toBe("status 500, expected 4xx");
  });

  it("sends method, query, headers, body and basic auth", async () => {
    seen.length = 0;
    await runHttp(
      config({
        method: "POST",
        url: target.url("/echo?a=1"),
        query: [{ name: "b", value: "two words" }],
        headers: [{ name: "X-Trace", value: "abc" }],
        body: '{"hello":1}',
        auth: { type: "basic", username: "ops", password: "s3cret" },
      }),
      local,
    );
    const request = seen[0];
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/echo?a=1&b=two+words");
    expect(request?.headers["x-trace"]).toBe("abc");
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from("ops:s3cret").toString("base64")}`);
    expect(request?.body).toBe('{"hello":1}');
  });

  it("opens a fresh connection for every probe", async () => {
    const ports = new Set<number>();
    const onConnection = (socket: { remotePort?: number }) => ports.add(socket.remotePort ?? 0);
    target.server.on("connection", onConnection);
    await runHttp(config({}), local);
    await runHttp(config({}), local);
    target.server.off("connection", onConnection);
    expect(ports.size).toBe(2);
  });

  it("evaluates body, header, JSON path and response-time assertions together", async () => {
    const passing = await runHttp(
      config({
        url: target.url("/json"),
        assertions: [
          { type: "status", expected: "200" },
          { type: "body", op: "contains", value: '"status":"ok"' },
          { type: "body", op: "notContains", value: "error" },
          { type: "body", op: "matches", value: '"queue":\\d+' },
          { type: "header", name: "Content-Type", op: "equals", value: "application/json" },
          { type: "header", name: "x-version", op: "matches", value: "^v2\\." },
          { type: "jsonPath", path: "$.items[0].name", op: "eq", value: "db" },
          { type: "jsonPath", path: "$.items[0].up", op: "eq", value: "true" },
          { type: "jsonPath", path: "$.queue", op: "lt", value: "100" },
          { type: "jsonPath", path: "$.tags", op: "contains", value: "b" },
          { type: "responseTime", maxMs: 2_000 },
        ],
      }),
      local,
    );
    expect(passing.error).toBeUndefined();
    expect(passing.ok).toBe(true);
  });

  it("lists every failed assertion", async () => {
    const result = await runHttp(
      config({
        url: target.url("/json"),
        assertions: [
          { type: "jsonPath", path: "$.queue", op: "gt", value: "100" },
          { type: "jsonPath", path: "$.missing.deep", op: "eq", value: "x" },
          { type: "header", name: "x-absent", op: "equals", value: "1" },
          { type: "body", op: "contains", value: "degraded" },
        ],
      }),
      local,
    );
    expect(result.ok).toBe(false);
    expect(result.errorClass).toBe("assertion");
    expect(result.error).toBe(
      '$.queue is 12, expected > 100; $.missing.deep not found, expected = "x"; ' +
        'header x-absent missing, expected it to equal "1"; body does not contain "degraded"',
    );
  });

  it("fails a slow response on the response-time assertion", async () => {
    const result = await runHttp(config({ url: target.url("/slow"), assertions: [{ type: "responseTime", maxMs: 200 }] }), local);
    expect(result.error).toMatch(/^response took \d+ ms, expected under 200 ms$/);
  });

  it("times out with errorClass timeout", async () => {
    const result = await runHttp(config({ url: target.url("/slow") }), { ...local, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, errorClass: "timeout", error: "no answer within 200 ms" });
    expect(result.latencyMs).toBeLessThan(900);
  });

  it("rejects instead of reporting an outage when the caller cancels", async () => {
    const controller = new AbortController();
    const probe = runHttp(config({ url: target.url("/slow") }), { ...local, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("worker shutting down")), 50);
    await expect(probe).rejects.toThrow("worker shutting down");
  });

  it("caps the body it reads but reports the full size", async () => {
    const result = await runHttp(config({ url: target.url("/big") }), local);
    expect(result.ok).toBe(true);
    expect(result.responseBytes).toBe(bodyLimitBytes + 500_000);
    expect(result.details?.bodyTruncated).toBe(true);
  });

  it("inverts the verdict in upside-down mode", async () => {
    const down = await runHttp(config({ url: target.url("/fail"), upsideDown: true }), local);
    const up = await runHttp(config({ upsideDown: true }), local);
    expect(down.ok).toBe(true);
    expect(up).toMatchObject({ ok: false, errorClass: "assertion" });
  });

  it("classifies a closed port as refused", async () => {
    const closed = await startHttpTarget(() => undefined);
    const url = closed.url();
    await closed.close();
    const result = await runHttp(config({ url }), local);
    expect(result).toMatchObject({ ok: false, errorClass: "refused", error: "connection refused" });
  });

  it("classifies an unknown name as dns", async () => {
    const result = await runHttp(config({ url: "http://no-such-host.invalid/" }), local);
    expect(result).toMatchObject({ ok: false, errorClass: "dns" });
    expect(result.error).toContain("no-such-host.invalid");
  });
});
