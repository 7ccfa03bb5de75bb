/** A JSON value as stored in the audit log. */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** One changed field. `hidden` fields are secrets: the log says they changed, never to what. */
export type AuditChange = { field: string; before?: AuditValue; after?: AuditValue; hidden?: true };

type Fields = Record<string, unknown>;

/**
 * Field names whose values never enter the log, at any depth: credentials, and the parts of a
 * probe's request that carry them (headers, query parameters, bodies, TCP payloads). A wrong guess
 * here must err on hiding: the field name alone still tells the reader what changed.
 */
const SECRET_FIELD = /pass|secret|token|credential|cookie|auth(?!or)|api[-_]?key|private|signature|^(headers|query|body|send)$/i;
const MASK = "•••";
const MAX_TEXT = 200;
const MAX_JSON = 1_000;

export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

/** The fields that differ between two records (nested objects by dotted path, arrays whole). */
export function auditChanges(before: Fields, after: Fields): AuditChange[] {
  const old = flatten(before);
  const now = flatten(after);
  const fields = [...new Set([...old.keys(), ...now.keys()])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const a = old.get(field);
    const b = now.get(field);
    if (canonical(a) === canonical(b)) continue;
    if (field.split(".").some(isSecretField)) {
      changes.push({ field, hidden: true });
      continue;
    }
    const change: AuditChange = { field };
    if (a !== undefined) change.before = shown(field, a);
    if (b !== undefined) change.after = shown(field, b);
    changes.push(change);
  }
  return changes;
}

/** A new record's settings: every field that has a value, as "after" values. */
export function auditCreated(after: Fields): AuditChange[] {
  return auditChanges({}, after).filter((c) => c.hidden || (c.after !== null && c.after !== ""));
}

function flatten(record: Fields, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && !isSecretField(key)) flatten(value, path, into);
    else if (value !== undefined) into.set(path, value);
  }
  return into;
}

/** A value fit for the log: secrets inside arrays masked, URLs without credentials, size bounded. */
function shown(field: string, value: unknown): AuditValue {
  const safe = sanitize(value, field.split(".").at(-1) ?? field);
  if (typeof safe === "string") return safe.length > MAX_TEXT ? `${safe.slice(0, MAX_TEXT)}…` : safe;
  if (safe !== null && typeof safe === "object" && JSON.stringify(safe).length > MAX_JSON) return "(too long to show)";
  return safe;
}

function sanitize(value: unknown, key: string): AuditValue {
  if (isSecretField(key)) return MASK;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return /url$/i.test(key) ? withoutCredentials(value) : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item) => sanitize(item, key));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v, k)]));
  return String(value);
}

/** Keeps a URL's place (origin, path, parameter names) but not its user info, parameter values or fragment. */
export function withoutCredentials(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  const userInfo = url.username || url.password ? `${MASK}@` : "";
  const names = [...new Set(url.searchParams.keys())];
  const query = names.length ? `?${names.map((name) => `${encodeURIComponent(name)}=${MASK}`).join("&")}` : "";
  return `${url.protocol}//${userInfo}${url.host}${url.pathname}${query}`;
}

/** JSON with sorted keys: jsonb hands objects back in its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function isPlainObject(value: unknown): value is Fields {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
