import { BlockedTargetError, ResolveError } from "@/lib/net/ssrf";
import type { CheckResult, ErrorClass } from "./types";

/** A probe failure whose class and message are already known. */
export class ProbeError extends Error {
  constructor(
    readonly errorClass: ErrorClass,
    message: string,
  ) {
    super(message);
  }
}

const tlsCodes = new Set([
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_TLS_HANDSHAKE_TIMEOUT",
]);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Maps whatever a probe threw to the class the dashboard groups outages by. */
export function classify(error: unknown): { errorClass: ErrorClass; message: string } {
  if (error instanceof ProbeError) return { errorClass: error.errorClass, message: error.message };
  if (error instanceof BlockedTargetError) return { errorClass: "blocked", message: error.message };
  if (error instanceof ResolveError) return { errorClass: "dns", message: error.message };
  const code = codeOf(error) ?? "";
  const raw = error instanceof Error ? error.message : String(error);
  if (tlsCodes.has(code) || code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_")) {
    return { errorClass: "tls", message: `TLS error: ${raw}` };
  }
  if (code === "ECONNREFUSED") return { errorClass: "refused", message: "connection refused" };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") {
    return { errorClass: "dns", message: `DNS error: ${raw}` };
  }
  if (code === "ETIMEDOUT" || (code.startsWith("UND_ERR_") && code.endsWith("_TIMEOUT"))) {
    return { errorClass: "timeout", message: raw };
  }
  if (code === "ECONNRESET") return { errorClass: "network", message: "connection reset by the server" };
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") {
    return { errorClass: "network", message: `host unreachable (${code})` };
  }
  if (code === "UND_ERR_SOCKET" || code === "UND_ERR_CLOSED") {
    return { errorClass: "network", message: "the server closed the connection before responding" };
  }
  return { errorClass: "network", message: code ? `${raw} (${code})` : raw };
}

/**
 * One deadline for the whole probe plus the caller's own signal. When the caller cancels (worker
 * shutdown) the probe rejects instead of reporting a false outage. Call dispose() when done: the
 * caller's signal may be long-lived, and its listener must not outlive the probe.
 */
export function probeDeadline(options: { timeoutMs: number; signal?: AbortSignal }) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new ProbeError("timeout", `no answer within ${options.timeoutMs} ms`));
  }, options.timeoutMs);
  const onCancel = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onCancel();
  else options.signal?.addEventListener("abort", onCancel, { once: true });
  const started = performance.now();
  return {
    signal: controller.signal,
    started,
    elapsed: () => performance.now() - started,
    dispose() {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onCancel);
    },
    /** Turns an error into a failed result, or rethrows it if the caller cancelled the probe. */
    fail(error: unknown, extra: Partial<CheckResult> = {}): CheckResult {
      if (options.signal?.aborted) throw options.signal.reason;
      const latencyMs = performance.now() - started;
      const { errorClass, message } = classify(timedOut ? controller.signal.reason : error);
      return { ok: false, latencyMs, errorClass, error: message, ...extra };
    },
  };
}
