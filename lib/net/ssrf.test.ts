import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsResponder } from "@/lib/checks/testing/dns-responder";
import { BlockedTargetError, ResolveError, resolveTarget } from "./ssrf";

describe("resolveTarget", () => {
  const hosted = { allowPrivateTargets: false };

  it("refuses a private IP literal without resolving", async () => {
    await expect(resolveTarget("10.0.0.5", hosted)).rejects.toThrow(
      new BlockedTargetError("refused: 10.0.0.5 is a private address"),
    );
  });

  it("checks what a host name resolves to", async () => {
    const refusal = resolveTarget("localhost", hosted);
    await expect(refusal).rejects.toBeInstanceOf(BlockedTargetError);
    await expect(refusal).rejects.toThrow(new BlockedTargetError("refused: localhost resolves to a loopback address"));
  });

  it("returns the checked address to connect to when private targets are allowed", async () => {
    const target = await resolveTarget("localhost", { allowPrivateTargets: true });
    expect(["127.0.0.1", "::1"]).toContain(target.address);
    expect(target.dnsMs).toBeGreaterThanOrEqual(0);
  });

  it("lets a public literal through in hosted mode", async () => {
    await expect(resolveTarget("[2606:4700::1111]", hosted)).resolves.toMatchObject({ address: "2606:4700::1111", family: 6 });
  });

  it("reports a name that does not exist", async () => {
    await expect(resolveTarget("nothing-here.invalid", hosted)).rejects.toThrow("nothing-here.invalid does not exist");
  });
});

describe("resolveTarget through configured DNS servers", () => {
  let responder: Awaited<ReturnType<typeof startDnsResponder>>;
  beforeAll(async () => {
    responder = await startDnsResponder({
      "public.example.test": { A: ["93.184.216.34"], AAAA: ["2606:2800:220:1::1"] },
      "internal.example.test": { A: ["10.0.0.5"] },
      "dual.example.test": { A: ["93.184.216.34"], AAAA: ["fd00::5"] },
      "nat64.example.test": { AAAA: ["64:ff9b::a00:5"] },
      "empty.example.test": {},
    });
  });
  afterAll(() => responder.close());
  const hosted = () => ({ allowPrivateTargets: false, dnsServers: [responder.address] });

  it("connects to the IPv4 answer first", async () => {
    await expect(resolveTarget("public.example.test", hosted())).resolves.toMatchObject({ address: "93.184.216.34", family: 4 });
  });

  it("never asks the system resolver, which knows localhost and the private network's names", async () => {
    await expect(resolveTarget("localhost", hosted())).rejects.toThrow(new ResolveError("localhost does not exist", "ENOTFOUND"));
  });

  it.each([
    ["internal.example.test", "refused: internal.example.test resolves to a private address", "10.0.0.5"],
    ["dual.example.test", "refused: dual.example.test resolves to a private (unique-local) address", "fd00::5"],
    ["nat64.example.test", "refused: nat64.example.test resolves to a private address", "10.0.0.5"],
  ])("refuses %s without naming the internal address", async (host, message, address) => {
    const refusal = resolveTarget(host, hosted()).catch((error: unknown) => error);
    const error = await refusal;
    expect(error).toBeInstanceOf(BlockedTargetError);
    expect((error as Error).message).toBe(message);
    expect((error as Error).message).not.toContain(address);
  });

  it("reports a name without addresses", async () => {
    await expect(resolveTarget("empty.example.test", hosted())).rejects.toThrow("empty.example.test has no addresses");
  });
});
