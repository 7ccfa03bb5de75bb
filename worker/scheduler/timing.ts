/** The scheduler's clock settings; see the design note in worker/index.ts. */
export const timing = {
  /** A region's dispatch job runs this often (each one queues the next). */
  dispatchEveryMs: 1_000,
  /** Slots due within this much time are claimed and armed on local timers. */
  horizonMs: 5_000,
  /** graphile-worker looks for due jobs this often; the horizon leaves room for it. */
  pollIntervalMs: 500,
  /** Finished runs are written in one transaction this often, or sooner once this many wait. */
  flushEveryMs: 200,
  flushAtRuns: 500,
  heartbeatEveryMs: 1_000,
  /** How often a worker makes sure its region's dispatch chain exists. */
  seedEveryMs: 10_000,
  /** A worker stops starting probes this long before its liveness window could have run out. */
  freshnessMarginMs: 2_000,
} as const;
