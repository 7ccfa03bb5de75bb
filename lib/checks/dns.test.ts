import { createSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dnsConfig } from "@/lib/schemas/check-config";
import { runDns } from "./dns";
import { startDnsResponder } from "./testing/dns-responder";

const local = { timeoutMs: 2_000, allowPrivateTargets: true };
let responder: Awaited<ReturnType<typeof startDnsResponder>>;

beforeAll(async () => {
  responder = await startDnsResponder({
    "example.test": {
      A: ["192.0.2.10", "192.0.2.11"],
      AAAA: ["2001:db8::10"],
      MX: ["10 mail.example.test", "20 backup.example.test"],
      TXT: ["v=spf1 -all"],
      NS: ["ns1.example.test"],
    },
    "www.example.test": { CNAME: ["example.test"] },
  });
});
afterAll(() => responder.close());

const config = (fields: Record<string, unknown>) =>
  dnsConfig.parse({ type: "dns", hostname: "example.test", resolver: responder.address, ...fields });

describe("runDns against a local DNS server", () => {
  it.each([
    ["A", ["192.0.2.11"]],
    ["AAAA", ["2001:0db8:0:0:0:0:0:10"]],
    ["MX", ["10 mail.example.test."]],
    ["TXT", ["v=spf1 -all"]],
    ["NS", ["NS1.example.test"]],
  ])("finds the expected %s record", async (recordType, expected) => {
    const result = await runDns(config({ recordType, expected }), local);
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it("follows a CNAME question", async () => {
    const result = await runDns(config({ hostname: "www.example.test", recordType: "CNAME", expected: ["example.test"] }), local);
    expect(result).toMatchObject({ ok: true, details: { records: ["example.test"] } });
  });

  it("names what it got when an expected value is missing", async () => {
    const result = await runDns(config({ expected: ["192.0.2.99"] }), local);
    expect(result).toMatchObject({
      ok: false,
      errorClass: "assertion",
      error: "A example.test answered 192.0.2.10, 192.0.2.11, expected 192.0.2.99",
    });
  });

  it("fails exact matching on an extra answer", async () => {
    const result = await runDns(config({ expected: ["192.0.2.10"], match: "exact" }), local);
    expect(result.error).toBe("A example.test answered 192.0.2.10, 192.0.2.11, expected exactly 192.0.2.10");
  });

  it("reports NXDOMAIN and empty answers as dns errors", async () => {
    const missing = await runDns(config({ hostname: "nope.example.test" }), local);
    const empty = await runDns(config({ hostname: "www.example.test", recordType: "TXT" }), local);
    expect(missing).toMatchObject({ ok: false, errorClass: "dns", error: "nope.example.test does not exist (NXDOMAIN)" });
    expect(empty).toMatchObject({ ok: false, errorClass: "dns", error: "no TXT records for www.example.test" });
  });

  it("refuses a private resolver in hosted mode", async () => {
    const result = await runDns(config({}), { ...local, allowPrivateTargets: false });
    expect(result).toMatchObject({ ok: false, errorClass: "blocked", error: "refused: 127.0.0.1 is a loopback address" });
  });

  it("times out on a resolver that never answers", async () => {
    const silent = createSocket("udp4");
    await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", resolve));
    const resolver = `127.0.0.1:${silent.address().port}`;
    const result = await runDns(config({ resolver }), { ...local, timeoutMs: 300 });
    silent.close();
    expect(result).toMatchObject({ ok: false, errorClass: "timeout" });
  });
});
