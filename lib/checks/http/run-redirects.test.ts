import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpConfig } from "@/lib/schemas/check-config";
import { blockedReason } from "@/lib/net/ssrf";
import { runHttp } from "./run";
import { startHttpTarget, type Target } from "../testing/http-target";

const local = { timeoutMs: 3_000, allowPrivateTargets: true };
const hosted = { timeoutMs: 3_000, allowPrivateTargets: false };
let target: Target;
const methods: string[] = [];

/** An address of this machine the guard treats as public, to start a chain the guard lets through. */
const publicLocalAddress = Object.values(networkInterfaces())
  .flat()
  .find((nic) => nic && nic.family === "IPv4" && !nic.internal && blockedReason(nic.address) === null)?.address;

beforeAll(async () => {
  target = await startHttpTarget(
    (req, res) => {
      methods.push(`${req.method} ${req.url}`);
      const url = new URL(req.url ?? "/", "http://x");
      const hop = (status: number, location: string) => res.writeHead(status, { location }).end();
      if (url.pathname === "/chain/1") return hop(301, "/chain/2");
      if (url.pathname === "/chain/2") return hop(302, `http://127.0.0.1:${target.port}/chain/3`);
      if (url.pathname === "/chain/3") return hop(307, "/done");
      if (url.pathname === "/loop") return hop(302, "/loop");
      if (url.pathname === "/see-other") return hop(303, "/done");
      if (url.pathname === "/to-file") return hop(302, "file:///etc/passwd");
      if (url.pathname === "/to-private") return hop(302, `http://127.0.0.1:${target.port}/done`);
      if (url.pathname === "/to-localhost") return hop(302, `http://localhost:${target.port}/done`);
      if (url.pathname === "/to-metadata") return hop(302, "http://169.254.169.254/latest/meta-data/");
      res.end("arrived");
    },
    { host: "0.0.0.0" },
  );
});
afterAll(() => target.close());

const config = (path: string, fields: Record<string, unknown> = {}) =>
  httpConfig.parse({ type: "http", url: target.url(path), ...fields });

describe("redirects", () => {
  it("follows a chain hop by hop and reports it", async () => {
    const result = await runHttp(config("/chain/1"), local);
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(result.details?.redirects).toEqual([
      target.url("/chain/1"),
      target.url("/chain/2"),
      target.url("/chain/3"),
      target.url("/done"),
    ]);
  });

  it("stops at maxRedirects", async () => {
    const result = await runHttp(config("/loop", { maxRedirects: 3 }), local);
    expect(result).toMatchObject({ ok: false, errorClass: "network" });
    expect(result.error).toMatch(/^more than 3 redirects/);
  });

  it("asserts on the redirect itself when following is off", async () => {
    const failing = await runHttp(config("/chain/1", { followRedirects: false }), local);
    const passing = await runHttp(
      config("/chain/1", { followRedirects: false, assertions: [{ type: "status", expected: "301" }] }),
      local,
    );
    expect(failing).toMatchObject({ ok: false, statusCode: 301, error: "status 301, expected 200-299" });
    expect(passing.ok).toBe(true);
  });

  it("turns a POST into a GET after 303", async () => {
    methods.length = 0;
    await runHttp(config("/see-other", { method: "POST", body: "x=1" }), local);
    expect(methods).toEqual(["POST /see-other", "GET /done"]);
  });

  it("refuses a redirect to a non-HTTP scheme", async () => {
    const result = await runHttp(config("/to-file"), local);
    expect(result).toMatchObject({ ok: false, error: "redirect to an unsupported URL: file:" });
  });
});

describe("the SSRF guard on HTTP", () => {
  it("refuses a private first hop in hosted mode", async () => {
    const result = await runHttp(config("/done"), hosted);
    expect(result).toMatchObject({ ok: false, errorClass: "blocked", error: "refused: 127.0.0.1 is a loopback address" });
  });

  it("refuses a host name that resolves to loopback", async () => {
    const result = await runHttp(
      httpConfig.parse({ type: "http", url: `http://localhost:${target.port}/` }),
      hosted,
    );
    expect(result.errorClass).toBe("blocked");
    expect(result.error).toBe("refused: localhost resolves to a loopback address");
  });

  it("does not let upside-down mode turn a blocked target into a pass", async () => {
    const result = await runHttp(config("/done", { upsideDown: true }), hosted);
    expect(result).toMatchObject({ ok: false, errorClass: "blocked" });
  });

  describe.skipIf(!publicLocalAddress)(`redirect hops (via ${publicLocalAddress ?? "no public interface"})`, () => {
    const publicUrl = (path: string) => `http://${publicLocalAddress}:${target.port}${path}`;

    it("lets the public first hop through", async () => {
      const result = await runHttp(httpConfig.parse({ type: "http", url: publicUrl("/done") }), hosted);
      expect(result).toMatchObject({ ok: true, statusCode: 200 });
    });

    it.each([
      ["/to-private", "refused: 127.0.0.1 is a loopback address"],
      ["/to-localhost", "refused: localhost resolves to a loopback address"],
      ["/to-metadata", "refused: 169.254.169.254 is a cloud metadata address"],
    ])("refuses the hop in %s", async (path, message) => {
      methods.length = 0;
      const result = await runHttp(httpConfig.parse({ type: "http", url: publicUrl(path) }), hosted);
      expect(result).toMatchObject({ ok: false, errorClass: "blocked" });
      expect(result.error).toMatch(message);
      expect(result.details?.redirects).toHaveLength(2);
      expect(methods).toEqual([`GET ${path}`]);
    });
  });
});
