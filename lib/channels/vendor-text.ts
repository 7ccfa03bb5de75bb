import { formatDuration } from "@/lib/format";
import type { AlertCheck, AlertMessage } from "./message";

/** A grouped message names this many checks, then "and K more": phones cut long pushes anyway. */
export const LISTED_CHECKS = 10;

/** "API — HTTP 503 (GET https://api.example.com)" or, on recovery, "API — back after 4 min". */
export function checkLine(check: AlertCheck, kind: AlertMessage["kind"]): string {
  if (kind === "recovered") {
    return check.durationSeconds === undefined ? `${check.name} is up` : `${check.name} — back after ${formatDuration(check.durationSeconds * 1000)}`;
  }
  const cause = check.cause ? ` — ${check.cause}` : "";
  return `${check.name}${cause} (${check.target})`;
}

/** The checks a message names, at most LISTED_CHECKS, and how many were left out. */
export function listedChecks(message: AlertMessage): { checks: AlertCheck[]; more: number } {
  const checks = message.checks.slice(0, LISTED_CHECKS);
  return { checks, more: message.checks.length - checks.length };
}

/** What a message naming no check says (Send test): Pushover refuses an empty text. */
export const NO_CHECKS_TEXT = "Pingpage can reach this channel: alerts will arrive here.";

/** The plain-text body of the push channels: one line per check, then "and K more". */
export function plainLines(message: AlertMessage): string[] {
  const { checks, more } = listedChecks(message);
  if (checks.length === 0) return [NO_CHECKS_TEXT];
  const lines = checks.map((check) => checkLine(check, message.kind));
  if (more > 0) lines.push(`and ${more} more`);
  return lines;
}

/** Text cut to a vendor's limit, with an ellipsis so a reader sees it was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The message's first check's dashboard link, for vendors that take a single URL. */
export function firstCheckUrl(message: AlertMessage): string | null {
  const [first] = message.checks;
  return first ? (message.checkUrls[first.id] ?? null) : null;
}
