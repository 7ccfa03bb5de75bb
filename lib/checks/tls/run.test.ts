import { createServer, type Server } from "node:tls";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tlsConfig } from "@/lib/schemas/check-config";
import { runTls } from "./run";
import { selfSignedCertificate } from "../testing/certificates";

const local = { timeoutMs: 3_000, allowPrivateTargets: true };
const servers: Server[] = [];
let ports: { valid: number; expired: number; expiringSoon: number; otherName: number };

async function serve(days: number, altNames?: string): Promise<number> {
  const server = createServer(selfSignedCertificate(days, altNames), (socket) => socket.end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  ports = {
    valid: await serve(90),
    expired: await serve(-1),
    expiringSoon: await serve(5),
    otherName: await serve(90, "DNS:other.example"),
  };
});
afterAll(() => servers.forEach((server) => server.close()));

const config = (port: number, fields: Record<string, unknown> = {}) =>
  tlsConfig.parse({ type: "tls", host: "localhost", port, checkChain: false, ...fields });

describe("runTls", () => {
  it("reports days left and the issuer of a valid certificate", async () => {
    const result = await runTls(config(ports.valid), local);
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, details: { issuer: "localhost", hostnameMatches: true } });
    expect(result.details?.daysLeft).toBeGreaterThanOrEqual(88);
    expect(result.timings?.tlsMs).toBeGreaterThan(0);
  });

  it("fails a certificate expiring inside the threshold", async () => {
    const result = await runTls(config(ports.expiringSoon, { minDaysValid: 14 }), local);
    expect(result).toMatchObject({ ok: false, errorClass: "assertion" });
    expect(result.error).toMatch(/^the certificate expires in [45] days, expected at least 14$/);
  });

  it("fails an expired certificate", async () => {
    const result = await runTls(config(ports.expired, { checkChain: true }), local);
    expect(result).toMatchObject({ ok: false, errorClass: "tls" });
    expect(result.error).toMatch(/^the certificate expired on \d{4}-\d{2}-\d{2}/);
    expect(result.details?.daysLeft).toBeLessThan(0);
  });

  it("fails an untrusted chain when asked to check it", async () => {
    const result = await runTls(config(ports.valid, { checkChain: true }), local);
    expect(result).toMatchObject({ ok: false, errorClass: "tls", details: { chainValid: false } });
    expect(result.error).toBe("the certificate chain is not trusted: DEPTH_ZERO_SELF_SIGNED_CERT");
  });

  it("fails a host name the certificate does not cover", async () => {
    const result = await runTls(config(ports.otherName), local);
    expect(result).toMatchObject({ ok: false, errorClass: "tls", details: { hostnameMatches: false } });
    expect(result.error).toBe("the certificate does not cover localhost (it covers DNS:other.example)");
  });

  it("goes through the SSRF guard", async () => {
    const result = await runTls(config(ports.valid), { ...local, allowPrivateTargets: false });
    expect(result.errorClass).toBe("blocked");
  });
});
