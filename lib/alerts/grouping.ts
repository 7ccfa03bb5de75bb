/**
 * Grouping against alert storms. A workspace has at most one open window. A change that finds no
 * open window goes out at once and opens one; changes within it are gathered and flushed at its
 * end, one message per channel. A flush that carried changes opens the next window, so a storm
 * longer than one window still costs each channel one message per window.
 */
export type GroupingDecision = { send: "now"; windowEndsAt: Date } | { send: "gather"; windowEndsAt: Date };

export function decideGrouping(openWindowEndsAt: Date | null, now: Date, windowSeconds: number): GroupingDecision {
  if (openWindowEndsAt && openWindowEndsAt.getTime() > now.getTime()) return { send: "gather", windowEndsAt: openWindowEndsAt };
  return { send: "now", windowEndsAt: new Date(now.getTime() + windowSeconds * 1000) };
}

/** The flush job's key: one per workspace and window, so 1,000 gathered changes queue one flush. */
export function flushJobKey(workspaceId: string, windowEndsAt: Date): string {
  return `alerts-flush:${workspaceId}:${windowEndsAt.getTime()}`;
}
