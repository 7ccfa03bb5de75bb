/** What every check module returns: pure data, no database. */
export type ErrorClass = "dns" | "refused" | "timeout" | "tls" | "assertion" | "network" | "blocked" | "config";

/**
 * Durations of each phase, not offsets from the start. For HTTP they are summed over redirect
 * hops; firstByteMs runs from the connection being ready to the response headers arriving.
 */
export type Timings = {
  dnsMs?: number;
  connectMs?: number;
  tlsMs?: number;
  firstByteMs?: number;
  totalMs: number;
};

export type CheckResult = {
  ok: boolean;
  /** Passed, but only partly: the check is degraded rather than up (composites whose rule still holds). */
  degraded?: boolean;
  latencyMs: number;
  statusCode?: number;
  responseBytes?: number;
  errorClass?: ErrorClass;
  /** Human-readable reason, e.g. "status 500, expected 200-299". */
  error?: string;
  timings?: Timings;
  /** Free-form per-type details (certificate expiry, resolved records, packet loss…). */
  details?: Record<string, unknown>;
};

export type RunOptions = {
  /** Budget for the whole probe, redirects included; running out yields errorClass "timeout". */
  timeoutMs: number;
  /** Cancels the probe (e.g. worker shutdown): the run rejects with the signal's reason instead of reporting an outage. */
  signal?: AbortSignal;
  /** Hosted mode refuses loopback/private/link-local/metadata targets; self-hosters may allow them. */
  allowPrivateTargets: boolean;
  /**
   * DNS servers ("1.1.1.1:53") every name is resolved through, DNS checks without their own
   * resolver included; the worker's system resolver when absent (self-hosted only: lib/env.ts).
   */
  dnsServers?: string[];
};
