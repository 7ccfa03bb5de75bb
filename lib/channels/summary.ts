import { formatDuration } from "@/lib/format";
import type { AlertCheck, AlertKind, AlertMessage } from "./types";

/** How many checks a chat message names before "and K more": a storm stays one short message. */
export const LISTED_CHECKS = 10;

/** The first `limit` checks and how many are left out. */
export function listedChecks(message: AlertMessage, limit = LISTED_CHECKS): { shown: AlertCheck[]; more: number } {
  const shown = message.checks.slice(0, limit);
  return { shown, more: message.checks.length - shown.length };
}

/** "and 990 more", or null when every check was named. */
export function moreLine(more: number): string | null {
  return more > 0 ? `and ${more} more` : null;
}

/** Why a check is listed: the cause, or for a recovery how long it was down. */
export function checkDetail(check: AlertCheck, kind: AlertKind): string {
  if (kind === "recovered") return check.durationSeconds !== undefined ? `down for ${formatDuration(check.durationSeconds * 1000)}` : "up again";
  return check.cause ?? check.status;
}

/** Accent colours per kind, as 0xRRGGBB; chat vendors draw the message's edge in it. */
const colours: Record<AlertKind, number> = {
  down: 0xdc2626,
  heartbeat_missed: 0xdc2626,
  recovered: 0x16a34a,
  degraded: 0xd97706,
  tls_expiring: 0xd97706,
  composite: 0x2563eb,
  test: 0x64748b,
};

export function kindColour(kind: AlertKind): number {
  return colours[kind];
}

export function kindColourHex(kind: AlertKind): string {
  return `#${colours[kind].toString(16).padStart(6, "0")}`;
}

/** Cuts text to `max` characters with an ellipsis: vendors refuse a whole message for one long field. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
