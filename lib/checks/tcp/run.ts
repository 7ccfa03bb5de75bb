import type { Socket } from "node:net";
import { abusePronePorts, type TcpConfig } from "./schema";
import { dialTcp } from "@/lib/net/dial";
import { BlockedTargetError, resolveTarget } from "@/lib/net/ssrf";
import { ProbeError, probeDeadline } from "../errors";
import { applyUpsideDown } from "../upside-down";
import type { CheckResult, RunOptions, Timings } from "../types";

const replyLimitBytes = 64 * 1024;

/** Checks that a port accepts connections and, optionally, that it answers with expected text. */
export async function runTcp(config: TcpConfig, options: RunOptions): Promise<CheckResult> {
  const deadline = probeDeadline(options);
  const timings: Omit<Timings, "totalMs"> = {};
  let socket: Socket | undefined;
  try {
    // Saving such a check is refused too; this catches checks saved before, or written in by hand.
    const refused = config.send === undefined || options.allowPrivateTargets ? undefined : abusePronePorts[config.port];
    if (refused) throw new BlockedTargetError(`refused: no data is sent to port ${config.port} (${refused.service}), which is open to abuse`);
    const target = await resolveTarget(config.host, { ...options, signal: deadline.signal });
    timings.dnsMs = target.dnsMs;
    const dialled = await dialTcp({ address: target.address, port: config.port, signal: deadline.signal });
    socket = dialled.socket;
    // Errors during a read surface through readUntil; later ones die with the socket.
    socket.on("error", () => undefined);
    timings.connectMs = dialled.connectMs;
    const details: Record<string, unknown> = { address: target.address };
    if (config.send !== undefined) socket.write(config.send);
    if (config.expect !== undefined) {
      const sentAt = performance.now();
      const reply = await readUntil(socket, config.expect, deadline.signal);
      timings.firstByteMs = reply.firstByteAt === undefined ? undefined : reply.firstByteAt - sentAt;
      details.reply = reply.text.slice(0, 200);
      if (!reply.text.includes(config.expect)) {
        const got = reply.text.length === 0 ? "no reply" : `got ${JSON.stringify(reply.text.slice(0, 100))}`;
        const why = reply.closed ? "the server closed the connection" : "the reply ended";
        throw new ProbeError("assertion", `reply does not contain ${JSON.stringify(config.expect)}: ${why}, ${got}`);
      }
    }
    const totalMs = deadline.elapsed();
    return applyUpsideDown({ ok: true, latencyMs: totalMs, timings: { ...timings, totalMs }, details }, config.upsideDown);
  } catch (error) {
    return applyUpsideDown(deadline.fail(error, { timings: { ...timings, totalMs: deadline.elapsed() } }), config.upsideDown);
  } finally {
    socket?.destroy();
    deadline.dispose();
  }
}

type Reply = { text: string; closed: boolean; firstByteAt?: number };

/** Reads until `expected` appears, the server closes, or the reply outgrows the limit. */
function readUntil(socket: Socket, expected: string, signal: AbortSignal): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let text = "";
    let firstByteAt: number | undefined;
    const finish = (closed: boolean) => {
      cleanup();
      resolve({ text, closed, firstByteAt });
    };
    const onData = (chunk: Buffer) => {
      firstByteAt ??= performance.now();
      text += chunk.toString("utf8");
      if (text.includes(expected) || text.length >= replyLimitBytes) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onAbort = () => onError(signal.reason);
    const cleanup = () => {
      socket.off("data", onData).off("end", onEnd).off("close", onEnd).off("error", onError);
      signal.removeEventListener("abort", onAbort);
    };
    socket.on("data", onData).on("end", onEnd).on("close", onEnd).on("error", onError);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
