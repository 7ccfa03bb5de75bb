import { createSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dnsConfig } from "@/lib/schemas/check-config";
import { runDns } from "./run";
import { startDnsResponder } from "../testing/dns-responder";

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
    "intranet.example.test": { A: ["10.0.0.5", "93.184.216.34"], AAAA: ["fd00::5", "64:ff9b::a9fe:a9fe"] },
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

describe("runDns in hosted mode", () => {
  // The operator's resolvers (CHECK_DNS_SERVERS): here the local responder stands in for 1.1.1.1.
  const hosted = () => ({ timeoutMs: 2_000, allowPrivateTargets: false, dnsServers: [responder.address] });
  const unset = (fields: Record<string, unknown>) => dnsConfig.parse({ type: "dns", hostname: "example.test", ...fields });

  it("asks the configured resolvers, never the worker's own", async () => {
    const found = await runDns(unset({}), hosted());
    const localhost = await runDns(unset({ hostname: "localhost" }), hosted());
    expect(found).toMatchObject({ ok: true, details: { records: ["192.0.2.10", "192.0.2.11"], resolver: responder.address } });
    expect(localhost).toMatchObject({ ok: false, errorClass: "dns", error: "localhost does not exist (NXDOMAIN)" });
  });

  it("redacts internal addresses in the answers and in the failure message", async () => {
    const v4 = await runDns(unset({ hostname: "intranet.example.test", expected: ["203.0.113.1"] }), hosted());
    const v6 = await runDns(unset({ hostname: "intranet.example.test", recordType: "AAAA" }), hosted());
    expect(v4).toMatchObject({
      ok: false,
      errorClass: "assertion",
      error: "A intranet.example.test answered a private address (redacted), 93.184.216.34, expected 203.0.113.1",
      details: { records: ["a private address (redacted)", "93.184.216.34"] },
    });
    expect(v6.details?.records).toEqual(["a private (unique-local) address (redacted)", "a cloud metadata address (redacted)"]);
    expect(JSON.stringify([v4, v6])).not.toMatch(/10\.0\.0\.5|fd00::5|a9fe|169\.254/);
  });

  it("shows them to a self-hosted install, which may watch its own network", async () => {
    const result = await runDns(unset({ hostname: "intranet.example.test" }), { ...hosted(), allowPrivateTargets: true });
    expect(result.details?.records).toEqual(["10.0.0.5", "93.184.216.34"]);
  });
});
