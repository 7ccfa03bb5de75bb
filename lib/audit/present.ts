import type { AuditChange, AuditValue } from "./changes";

/** Where the log links a target that still exists (`ref` is the record's id, its page's id, or "members"). */
export function auditTargetHref(type: string, id: string | null, ref: string | null): string | null {
  if (!ref || !id) return null;
  switch (type) {
    case "check":
      return `/checks/${id}`;
    case "page":
      return `/pages/${id}`;
    case "incident":
      return `/pages/${ref}/incidents/${id}`;
    case "maintenance":
      return `/pages/${ref}/maintenance/${id}`;
    case "domain":
      return `/pages/${ref}/domains`;
    case "member":
    case "invitation":
      return "/settings/members";
    default:
      return null;
  }
}

/** One line per changed field: "name: API → API v2", "config.auth changed (hidden)". */
export function describeChanges(changes: AuditChange[]): string[] {
  return changes.map((c) => {
    if (c.hidden) return `${c.field} changed (hidden)`;
    if (c.before === undefined) return `${c.field}: ${shown(c.after)}`;
    if (c.after === undefined) return `${c.field} was ${shown(c.before)}`;
    return `${c.field}: ${shown(c.before)} → ${shown(c.after)}`;
  });
}

function shown(value: AuditValue | undefined): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ") : "(none)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
