import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pingConfig } from "@/lib/schemas/check-config";
import { runPing } from "./run";
import { parsePingOutput } from "./output";

const local = { timeoutMs: 5_000, allowPrivateTargets: true };

const pingInstalled = (() => {
  try {
    execFileSync("ping", ["-c", "1", "-W", "1", "127.0.0.1"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("parsePingOutput", () => {
  it("reads iputils output", () => {
    const output = [
      "PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.",
      "--- 127.0.0.1 ping statistics ---",
      "3 packets transmitted, 3 received, 0% packet loss, time 409ms",
      "rtt min/avg/max/mdev = 0.032/0.072/0.148/0.053 ms",
    ].join("\n");
    expect(parsePingOutput(output)).toEqual({
      transmitted: 3,
      received: 3,
      lossPercent: 0,
      rtt: { minMs: 0.032, avgMs: 0.072, maxMs: 0.148 },
    });
  });

  it("reads BusyBox output and total loss", () => {
    const busybox = "4 packets transmitted, 3 packets received, 25% packet loss\nround-trip min/avg/max = 1.1/2.2/3.3 ms";
    expect(parsePingOutput(busybox)).toMatchObject({ received: 3, lossPercent: 25, rtt: { avgMs: 2.2 } });
    const lost = "2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 1001ms";
    expect(parsePingOutput(lost)).toEqual({ transmitted: 2, received: 0, lossPercent: 100 });
  });

  it("returns null for output without a summary", () => {
    expect(parsePingOutput("ping: socket: Operation not permitted")).toBeNull();
  });
});

describe("runPing", () => {
  it("says clearly when the ping utility is missing", async () => {
    const config = pingConfig.parse({ type: "ping", host: "127.0.0.1" });
    const result = await runPing(config, local, "/nonexistent/ping");
    expect(result).toMatchObject({ ok: false, errorClass: "config", error: "the ping utility is not installed on this worker" });
  });

  it("goes through the SSRF guard before spawning anything", async () => {
    const config = pingConfig.parse({ type: "ping", host: "10.1.2.3" });
    const result = await runPing(config, { ...local, allowPrivateTargets: false }, "/nonexistent/ping");
    expect(result).toMatchObject({ ok: false, errorClass: "blocked", error: "refused: 10.1.2.3 is a private address" });
  });

  it.skipIf(!pingInstalled)("pings loopback and reports loss and round trips", async () => {
    const result = await runPing(pingConfig.parse({ type: "ping", host: "127.0.0.1", count: 2 }), local);
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, details: { transmitted: 2, received: 2, lossPercent: 0 } });
    expect(result.latencyMs).toBeGreaterThan(0);
  });
});
