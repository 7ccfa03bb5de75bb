import { checkTypeOf } from "@/lib/checks/registry";
import type { CheckConfig } from "@/lib/schemas/check-config";

type CheckSettings = {
  name: string;
  intervalSeconds: number;
  timeoutMs: number;
  failureThreshold: number;
  recoveryThreshold: number;
  degradedThresholdMs: number | null;
  paused: boolean;
  regions?: string[];
  quorum?: number;
  config: CheckConfig;
};

/** Writes a nested value under the form field names lib/parse-form.ts reads back. */
function flatten(value: unknown, path: string, out: Record<string, string>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) value.forEach((item, index) => flatten(item, `${path}.${index}`, out));
  else if (typeof value === "object") for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, out);
  else out[path] = String(value);
}

/**
 * A saved check as the form's initial values: only the settings the form edits, since the values
 * go to the browser (a check row also holds its heartbeat token and state).
 */
export function checkFormValues(check: CheckSettings): Record<string, string> {
  const { config, degradedThresholdMs, regions } = check;
  const { name, intervalSeconds, timeoutMs, failureThreshold, recoveryThreshold, paused, quorum } = check;
  const values: Record<string, string> = {};
  const settings = { name, intervalSeconds, timeoutMs, failureThreshold, recoveryThreshold, paused, quorum };
  flatten({ ...settings, degradedThresholdMs: degradedThresholdMs ?? undefined }, "", values);
  if (regions?.length) values.regions = regions.join(", ");
  flatten(config, "config", values);
  // Lists edited as one text box or as a group of checkboxes, as the type's folder declares.
  for (const [field, shape] of Object.entries(checkTypeOf(config.type).formLists ?? {})) {
    const list: unknown = (config as Record<string, unknown>)[field];
    if (!Array.isArray(list)) continue;
    for (const key of Object.keys(values)) if (key.startsWith(`config.${field}.`)) delete values[key];
    if (shape === "lines") values[`config.${field}`] = list.join("\n");
    else values[`config.${field}[]`] = list.join(",");
  }
  return values;
}

/** What a new check starts with. */
export const newCheckValues: Record<string, string> = {
  "config.type": "http",
  "config.assertions.0.type": "status",
  "config.assertions.0.expected": "200-299",
};
