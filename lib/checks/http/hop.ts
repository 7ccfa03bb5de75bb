import type { IncomingHttpHeaders } from "node:http";
import { Client, type buildConnector } from "undici";
import { dialTcp, dialTls } from "@/lib/net/dial";
import { unbracket } from "@/lib/net/ip";
import { resolveTarget } from "@/lib/net/ssrf";

/**
 * Ends each probe's client. undici builds a new error (with its stack trace) for every client
 * closed without one; handing it this one instead saves that work on every probe.
 */
const probeFinished = new Error("probe finished");

/** Bodies are read this far for assertions; the rest is not downloaded. */
export const bodyLimitBytes = 1024 * 1024;

export type HopRequest = {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
};

export type Phase = "dnsMs" | "connectMs" | "tlsMs" | "firstByteMs";

export type HopResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Bytes on the wire, or the declared Content-Length when the body was cut at the limit. */
  responseBytes: number;
  truncated: boolean;
};

export type HopOptions = {
  verifyTls: boolean;
  allowPrivateTargets: boolean;
  dnsServers?: string[];
  signal: AbortSignal;
  /** Redirect hops skip the body: only the final response is asserted on. */
  readBody: (status: number, headers: IncomingHttpHeaders) => boolean;
  /** Called as each phase completes, so a probe that fails midway still reports the phases it finished. */
  onPhase: (phase: Phase, ms: number) => void;
};

/**
 * Sends one request over a connection opened for it alone, to the IP the SSRF guard approved.
 * The client is destroyed afterwards, so no probe reuses another probe's connection.
 */
export async function sendHop(request: HopRequest, options: HopOptions): Promise<HopResponse> {
  const { url } = request;
  const target = await resolveTarget(url.hostname, options);
  options.onPhase("dnsMs", target.dnsMs);
  const secure = url.protocol === "https:";
  const port = Number(url.port) || (secure ? 443 : 80);
  let readyAt: number | undefined;

  const connect: buildConnector.connector = (_ignored, callback) => {
    const dialOptions = { address: target.address, port, signal: options.signal };
    const dialling = secure
      ? dialTls({
          ...dialOptions,
          tls: { servername: unbracket(url.hostname), rejectUnauthorized: options.verifyTls, alpn: ["http/1.1"] },
        })
      : dialTcp(dialOptions);
    dialling.then(
      (dialled) => {
        readyAt = performance.now();
        options.onPhase("connectMs", dialled.connectMs);
        if (dialled.tlsMs !== undefined) options.onPhase("tlsMs", dialled.tlsMs);
        callback(null, dialled.socket);
      },
      (error: Error) => callback(error, null),
    );
  };

  // The connection is never reused, so a short Keep-Alive from the server must not make undici
  // reset it itself (with a fresh error and stack trace) before we close it.
  const client = new Client(url.origin, { connect, pipelining: 1, keepAliveTimeoutThreshold: 0 });
  try {
    const response = await client.request({
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: options.signal,
    });
    if (readyAt !== undefined) options.onPhase("firstByteMs", performance.now() - readyAt);
    // Destroying the client below aborts an unread body; that error is expected, not a crash.
    response.body.on("error", () => undefined);
    const wanted = options.readBody(response.statusCode, response.headers);
    const read = wanted ? await readCapped(response.body) : { body: Buffer.alloc(0), bytes: 0, truncated: false };
    const declared = Number(response.headers["content-length"]);
    return {
      status: response.statusCode,
      headers: response.headers,
      body: read.body,
      responseBytes: read.truncated && Number.isFinite(declared) ? declared : read.bytes,
      truncated: read.truncated,
    };
  } finally {
    await client.destroy(probeFinished).catch(() => undefined);
  }
}

async function readCapped(stream: AsyncIterable<Buffer>) {
  const chunks: Buffer[] = [];
  let kept = 0;
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    const part = chunk.subarray(0, bodyLimitBytes - kept);
    chunks.push(part);
    kept += part.length;
    if (bytes > bodyLimitBytes) return { body: Buffer.concat(chunks), bytes, truncated: true };
  }
  return { body: Buffer.concat(chunks), bytes, truncated: false };
}
