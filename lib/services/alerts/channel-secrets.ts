import "server-only";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";

/** A channel's secret fields, sealed as one JSON text; null when it has none. */
export function sealChannelSecrets(secrets: Record<string, unknown>): string | null {
  const present = Object.fromEntries(Object.entries(secrets).filter(([, value]) => value !== undefined && value !== ""));
  return Object.keys(present).length === 0 ? null : sealSecret(JSON.stringify(present));
}

export function openChannelSecrets(sealed: string | null): Record<string, unknown> {
  if (!sealed) return {};
  const parsed: unknown = JSON.parse(openSecret(sealed));
  return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
}

/** Which secret fields are set, for the form's "••• set" marks: the names only, never the values. */
export function secretFieldsSet(sealed: string | null): string[] {
  return Object.keys(openChannelSecrets(sealed));
}
