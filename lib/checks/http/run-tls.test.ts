import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpConfig } from "@/lib/schemas/check-config";
import { runHttp } from "./run";
import { selfSignedCertificate } from "../testing/certificates";
import { startHttpTarget, type Target } from "../testing/http-target";

const local = { timeoutMs: 3_000, allowPrivateTargets: true };
let selfSigned: Target;
let expired: Target;

beforeAll(async () => {
  const handler = (_req: unknown, res: { end: (body: string) => void }) => res.end("secure hello");
  selfSigned = await startHttpTarget(handler, { certificate: selfSignedCertificate(30) });
  expired = await startHttpTarget(handler, { certificate: selfSignedCertificate(-1) });
});
afterAll(async () => {
  await selfSigned.close();
  await expired.close();
});

const probe = (url: string, verifyTls: boolean) => runHttp(httpConfig.parse({ type: "http", url, verifyTls }), local);

describe("HTTPS", () => {
  it("rejects a self-signed certificate when verifying", async () => {
    const result = await probe(selfSigned.url(), true);
    expect(result).toMatchObject({ ok: false, errorClass: "tls" });
    expect(result.error).toContain("self-signed certificate");
  });

  it("accepts it with verification off and times the handshake", async () => {
    const result = await probe(selfSigned.url(), false);
    expect(result).toMatchObject({ ok: true, statusCode: 200, responseBytes: "secure hello".length });
    expect(result.timings?.tlsMs).toBeGreaterThan(0);
    expect(result.timings?.connectMs).toBeGreaterThan(0);
  });

  it("sends the host name as SNI and verifies against it when connecting by name", async () => {
    const result = await probe(`https://localhost:${selfSigned.port}/`, false);
    expect(result.ok).toBe(true);
  });

  it("rejects an expired certificate when verifying", async () => {
    const result = await probe(expired.url(), true);
    expect(result).toMatchObject({ ok: false, errorClass: "tls" });
    expect(result.error).toBe("TLS error: certificate has expired");
  });

  it("accepts an expired certificate with verification off", async () => {
    const result = await probe(expired.url(), false);
    expect(result.ok).toBe(true);
  });
});
