/** An import's result: the file to write, and every setting it could not carry over, by source item. */
export type ImportResult = {
  /** In the input form of lib/config/schema.ts `configFile`. */
  config: { checks: Record<string, unknown>[]; pages?: Record<string, unknown>[] };
  untranslated: string[];
  /** Environment variables the file reads, for secrets kept out of it. */
  secrets: string[];
};

/** Seconds from a Go-style duration ("30s", "5m", "1h30m"); null when unreadable. */
export function durationSeconds(text: string): number | null {
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text.trim()) return null;
  const unit: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };
  return Math.round(parts.reduce((sum, part) => sum + Number(part[1]) * (unit[part[2] ?? "s"] ?? 1), 0));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** An environment variable name for a secret: GATUS_API_PASSWORD. */
export function secretName(prefix: string, key: string, field: string): string {
  return `${prefix}_${key}_${field}`.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}
