import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkConfig } from "@/lib/schemas/check-config";
import { NotProbedError, runCheck } from "./index";
import { startDnsResponder } from "./testing/dns-responder";

const hosted = { timeoutMs: 1_000, allowPrivateTargets: false };

describe("runCheck", () => {
  it("dispatches each probed type to its module, which applies the guard", async () => {
    const configs = [
      { type: "http", url: "http://127.0.0.1/" },
      { type: "tcp", host: "127.0.0.1", port: 80 },
      { type: "tls", host: "127.0.0.1" },
      { type: "ping", host: "127.0.0.1" },
      { type: "dns", hostname: "example.com", resolver: "127.0.0.1" },
    ];
    for (const raw of configs) {
      const result = await runCheck(checkConfig.parse(raw), hosted);
      expect(result, raw.type).toMatchObject({ ok: false, errorClass: "blocked", error: "refused: 127.0.0.1 is a loopback address" });
    }
  });

  it("refuses to probe types evaluated from stored state", async () => {
    const heartbeat = checkConfig.parse({ type: "heartbeat", periodSeconds: 60 });
    await expect(runCheck(heartbeat, hosted)).rejects.toBeInstanceOf(NotProbedError);
  });
});

describe("runCheck in hosted mode with the configured resolvers", () => {
  let responder: Awaited<ReturnType<typeof startDnsResponder>>;
  beforeAll(async () => {
    responder = await startDnsResponder({ "db.internal.test": { A: ["10.20.30.40"] } });
  });
  afterAll(() => responder.close());

  it("refuses a name that resolves inside, for every probed type, without naming the address", async () => {
    const options = { timeoutMs: 2_000, allowPrivateTargets: false, dnsServers: [responder.address] };
    const configs = [
      { type: "http", url: "http://db.internal.test/" },
      { type: "tcp", host: "db.internal.test", port: 5432 },
      { type: "tls", host: "db.internal.test" },
      { type: "ping", host: "db.internal.test" },
    ];
    for (const raw of configs) {
      const result = await runCheck(checkConfig.parse(raw), options);
      expect(result, raw.type).toMatchObject({ ok: false, errorClass: "blocked", error: "refused: db.internal.test resolves to a private address" });
    }
  });
});
