import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpConfig } from "@/lib/schemas/check-config";
import { runHttp } from "./run";
import { startHttpTarget, type Target } from "../testing/http-target";

const local = { timeoutMs: 10_000, allowPrivateTargets: true };
// Within the 256 KiB that patterns examine, so "$" is the true end of the body.
const body = `${"a".repeat(200_000)}b`;
// Varied text: RE2's DFA cannot settle into a few states on it.
const mixed = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(32 + ((i * 2654435761) % 2 ** 32) % 90)).join("");
let target: Target;

beforeAll(async () => {
  target = await startHttpTarget((req, res) => res.end(req.url === "/mixed" ? mixed : body));
});
afterAll(() => target.close());

// 50 body regexes, the most a check may have, each catastrophic for a backtracking engine.
const pathological = httpConfig.parse({
  type: "http",
  url: "http://127.0.0.1/",
  assertions: Array.from({ length: 50 }, (_, i) => ({ type: "body", op: "matches", value: i % 2 ? "(a+)+$" : "^(a|aa)+$" })),
});

describe("user regexes in HTTP assertions", () => {
  it("fail a pathological check quickly, without stalling the other probes on the worker", async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 4 }, () => runHttp({ ...pathological, url: target.url() }, local)));
    const elapsedMs = performance.now() - started;
    delay.disable();

    for (const result of results) {
      expect(result).toMatchObject({ ok: false, errorClass: "assertion" });
      expect(result.error).toMatch(/^body does not match \/\^\(a\|aa\)\+\$\/; body does not match \/\(a\+\)\+\$\//);
    }
    // The old engine blocked the loop up to 100 ms per pattern, 5 s per check; now no stall nears that.
    expect(delay.max / 1e6).toBeLessThan(100);
    expect(elapsedMs).toBeLessThan(3_000);
  });

  it("says when a check's patterns ran out of time", async () => {
    // Each of these matches, but the first run of a 400-state program on varied text costs real time.
    const costly = httpConfig.parse({
      type: "http",
      url: target.url("/mixed"),
      assertions: Array.from({ length: 50 }, (_, i) => ({ type: "body", op: "matches", value: `.{${400 + i}}$` })),
    });
    const result = await runHttp(costly, local);
    const failures = result.error?.split("; ") ?? [];
    expect(result).toMatchObject({ ok: false, errorClass: "assertion" });
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.length).toBeLessThan(50);
    for (const failure of failures) {
      expect(failure).toMatch(/^body was not checked against \/\.\{4\d\d\}\$\/: this check's patterns used their 100 ms budget$/);
    }
  });
});
