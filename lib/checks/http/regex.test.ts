import { describe, expect, it } from "vitest";
import { RegexRun, regexInputLimit } from "./regex";

function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  return work().then((value) => ({ value, ms: performance.now() - started }));
}

describe("RegexRun", () => {
  it("matches like RegExp.test", async () => {
    const run = new RegexRun();
    expect(await run.matches("^v\\d+\\.", "v12.4")).toBe(true);
    expect(await run.matches("^v\\d+\\.", "version")).toBe(false);
  });

  it("answers a catastrophic pattern in linear time", async () => {
    // Backtracking engines take exponential time here: 30 characters already stall V8 for seconds.
    const body = `${"a".repeat(200_000)}b`;
    const baseline = await timed(() => new RegexRun().matches("a+$", body));
    const catastrophic = await timed(() => new RegexRun().matches("(a+)+$", body));
    expect(catastrophic.value).toBe(false);
    expect(catastrophic.ms).toBeLessThan(Math.max(20 * baseline.ms, 50) + 200);
  });

  it("looks only at the start of a huge body", async () => {
    const body = `${"x".repeat(regexInputLimit)}needle`;
    expect(await new RegexRun().matches("needle", body)).toBe(false);
    expect(await new RegexRun().matches("^x+$", body.slice(0, regexInputLimit))).toBe(true);
  });

  it("stops once the run has spent its budget", async () => {
    const run = new RegexRun();
    const body = "ab".repeat(regexInputLimit);
    const verdicts: (boolean | "over budget")[] = [];
    // Fresh programs of 250+ states on a long body: each first match costs RE2 real time.
    for (let i = 0; i < 200 && !verdicts.includes("over budget"); i++) verdicts.push(await run.matches(`.{${250 + i}}$`, body));
    expect(verdicts.at(-1)).toBe("over budget");
    expect(verdicts.slice(0, -1).every((v) => v === true)).toBe(true);
  });
});
