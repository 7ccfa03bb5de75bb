import { spawn } from "node:child_process";
import type { PingConfig } from "@/lib/schemas/check-config";
import { resolveTarget } from "@/lib/net/ssrf";
import { ProbeError, probeDeadline } from "../errors";
import { parsePingOutput } from "./output";
import type { CheckResult, RunOptions } from "../types";

/** Sends ICMP echoes with the system's ping (raw sockets need privileges node does not have). */
export async function runPing(config: PingConfig, options: RunOptions, binary = "ping"): Promise<CheckResult> {
  const deadline = probeDeadline(options);
  try {
    const target = await resolveTarget(config.host, { ...options, signal: deadline.signal });
    const waitSeconds = Math.max(1, Math.floor(options.timeoutMs / 1000));
    const args = [
      `-${target.family}`,
      "-n",
      ["-c", String(config.count)],
      ["-i", "0.2"],
      ["-W", String(waitSeconds)],
      ["-w", String(waitSeconds)],
      target.address,
    ].flat();
    const run = await execute(binary, args, deadline.signal);
    const summary = parsePingOutput(run.stdout);
    if (!summary) {
      const said = (run.stderr || run.stdout).trim().split("\n")[0] ?? "";
      throw new ProbeError("config", `ping failed (exit ${run.exitCode}): ${said || "no output"}`);
    }
    const totalMs = deadline.elapsed();
    const details = { address: target.address, ...summary };
    const latencyMs = summary.rtt?.avgMs ?? totalMs;
    const timings = { dnsMs: target.dnsMs, totalMs };
    const base = { latencyMs, timings, details };
    if (summary.received === 0) {
      return { ...base, ok: false, errorClass: "timeout", error: `no replies from ${config.host} (${summary.transmitted} sent)` };
    }
    if (summary.lossPercent > config.maxPacketLossPercent) {
      const error = `${summary.lossPercent}% packet loss, expected at most ${config.maxPacketLossPercent}%`;
      return { ...base, ok: false, errorClass: "assertion", error };
    }
    if (config.maxAvgRttMs !== undefined && summary.rtt && summary.rtt.avgMs > config.maxAvgRttMs) {
      const error = `average round trip ${summary.rtt.avgMs} ms, expected under ${config.maxAvgRttMs} ms`;
      return { ...base, ok: false, errorClass: "assertion", error };
    }
    return { ...base, ok: true };
  } catch (error) {
    return deadline.fail(error);
  } finally {
    deadline.dispose();
  }
}

// A fixed environment: the C locale keeps the summary lines in English for the parser.
// (NODE_ENV only because Next types ProcessEnv with it required.)
const systemEnv = {
  LC_ALL: "C",
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  NODE_ENV: "production",
} as const;

type Execution = { stdout: string; stderr: string; exitCode: number | null };

function execute(binary: string, args: string[], signal: AbortSignal): Promise<Execution> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { signal, stdio: ["ignore", "pipe", "pipe"], env: systemEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ENOENT") reject(new ProbeError("config", "the ping utility is not installed on this worker"));
      else reject(error);
    });
    child.on("close", (exitCode) => resolve({ stdout, stderr, exitCode }));
  });
}
