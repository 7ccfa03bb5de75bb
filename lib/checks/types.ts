/** What every check module returns: pure data, no database. */
export type ErrorClass = "dns" | "refused" | "timeout" | "tls" | "assertion" | "network" | "blocked" | "config";

export type Timings = {
  dnsMs?: number;
  connectMs?: number;
  tlsMs?: number;
  firstByteMs?: number;
  totalMs: number;
};

export type CheckResult = {
  ok: boolean;
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
  timeoutMs: number;
  signal?: AbortSignal;
  /** Hosted mode refuses loopback/private/link-local/metadata targets; self-hosters may allow them. */
  allowPrivateTargets: boolean;
};
