import { describe, expect, it } from "vitest";
import { checkConfig } from "@/lib/schemas/check-config";
import { NotProbedError, runCheck } from "./index";

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
