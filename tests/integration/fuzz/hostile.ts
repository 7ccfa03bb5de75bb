import type { Random } from "./harness";

/** Hostile inputs for the fuzz tests: strings, whole forms, and server action arguments. */

const UUID_ZERO = "00000000-0000-0000-0000-000000000000";

/** Values a field should never choke on: wrong types, extremes, unicode tricks, injection. */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "x".repeat(100_000),
  "\u0000",
  "a\u0000b",
  "\u202eevil\u202c",
  "\u200b",
  "🙂".repeat(300),
  "\ud800",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "9".repeat(40),
  "0x10",
  "true",
  "on",
  "null",
  "undefined",
  "[object Object]",
  "{}",
  "[]",
  '{"__proto__":{"polluted":1}}',
  "'; drop table users; --",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "//evil.com",
  "../../etc/passwd",
  "%00",
  "2026-13-45T25:61",
  "2026-02-30T10:00",
  "0000-01-01T00:00",
  "1970-01-01T00:00",
  "9999-12-31T23:59",
  UUID_ZERO,
  "not-a-uuid",
  "a@b",
  "@".repeat(300),
  "http://169.254.169.254/latest/meta-data/",
  "https://example.com/" + "a".repeat(5_000),
  "a.b.c",
  "A".repeat(255) + ".com",
] as const;

/** Field names the app's forms use, so hostile values reach real schema fields. */
export const FIELD_NAMES = [
  "name", "email", "password", "title", "message", "description", "slug", "hostname", "role", "status", "impact",
  "publish", "paused", "startsAt", "endsAt", "intervalSeconds", "timeoutMs", "failureThreshold", "recoveryThreshold",
  "degradedThresholdMs", "regions", "quorum", "websiteUrl", "logoUrl", "timeZone", "theme", "workspaceId",
  "config.type", "config.url", "config.method", "config.host", "config.port", "config.send", "config.expected",
  "config.headers.0.name", "config.headers.0.value", "config.assertions.0.type", "config.assertions.0.expected",
  "config.checkIds[]", "componentIds[]", "components.0.checkId", "components.0.name", "components.0.group",
] as const;

const PROTOTYPE_FIELDS = ["__proto__.publish", "__proto__.passwordHash", "__proto__.id", "constructor.prototype.x", "config.__proto__.url", "__proto__[]", "prototype", "a.constructor"];
const TYPES = ["http", "tcp", "dns", "ping", "tls", "heartbeat", "composite", "smtp", "", "__proto__"];

/** The records a fixture offers for valid forms to point at. */
export type Targets = { checkIds: string[]; componentIds: string[] };

/**
 * A valid form of each kind the app has, so a mutation of one field reaches the services behind
 * the schemas. Unique values (email, slug, hostname) get a run-unique suffix: the database is
 * never wiped, and the suffix changes no decision the PRNG makes.
 */
export type Fields = [string, string][];

export function validForms({ checkIds, componentIds }: Targets): Fields[] {
  const unique = Math.random().toString(36).slice(2, 10);
  return [
    [["name", "Fuzz"], ["email", `fuzz-${unique}@example.test`], ["password", "correct horse battery"]],
    [["name", "Fuzz workspace"]],
    [["name", "Fuzz"], ["config.type", "http"], ["config.url", "https://example.com/health"], ["config.method", "GET"], ["intervalSeconds", "60"], ["config.assertions.0.type", "status"], ["config.assertions.0.expected", "200-299"]],
    [["name", "Fuzz"], ["config.type", "tcp"], ["config.host", "example.com"], ["config.port", "443"]],
    [["name", "Fuzz page"], ["slug", `fuzz-${unique}`], ["timeZone", "Europe/Paris"], ...checkIds.map((id): [string, string] => ["checkIds[]", id])],
    [["password", "a long page password"]],
    componentIds.flatMap((id, i): [string, string][] => [[`components.${i}.id`, id], [`components.${i}.name`, "API"], [`components.${i}.position`, String(i)], [`components.${i}.showResponseTime`, "on"]]),
    [["hostname", `fuzz-${unique}.example.test`]],
    [["email", `invitee-${unique}@example.test`], ["role", "editor"]],
    [["title", "Outage"], ["status", "investigating"], ["impact", "minor"], ["message", "Looking into it"], ["publish", "on"], ...componentIds.map((id): [string, string] => [`components.${id}`, "partial_outage"])],
    [["status", "monitoring"], ["message", "Fix deployed"]],
    [["title", "Upgrade"], ["startsAt", "2030-01-01T10:00"], ["endsAt", "2030-01-01T12:00"], ...componentIds.map((id): [string, string] => ["componentIds[]", id])],
    [["message", "Still working"]],
  ];
}

export function formOf(fields: Fields): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** A valid form with one field gone wrong: replaced, repeated, turned into a list or an object. */
function mutatedForm(random: Random, seeds: readonly Fields[], uuids: readonly string[]): FormData {
  const fields = seeds.length ? random.pick(seeds) : [];
  const form = new FormData();
  const victim = fields.length ? random.int(fields.length + 1) : 0;
  const hostile = () => (random.chance(0.15) && uuids.length ? random.pick(uuids) : random.pick(HOSTILE_STRINGS));
  fields.forEach(([name, value], i) => {
    if (i !== victim) return form.append(name, value);
    switch (random.int(5)) {
      case 0: return form.append(`${name}[]`, hostile());
      case 1: return form.append(`${name}.0`, hostile());
      case 2: form.append(name, value); return form.append(name, hostile());
      case 3: return undefined;
      default: return form.append(name, hostile());
    }
  });
  if (victim === fields.length) form.append(random.chance(0.5) ? random.pick(FIELD_NAMES) : random.pick(PROTOTYPE_FIELDS), hostile());
  return form;
}

/** One hostile form: each call picks a different shape of attack. */
export function hostileForm(random: Random, uuids: readonly string[], seeds: readonly Fields[] = []): FormData {
  if (seeds.length && random.chance(0.5)) return mutatedForm(random, seeds, uuids);
  const form = new FormData();
  const value = () => (random.chance(0.2) && uuids.length ? random.pick(uuids) : random.pick(HOSTILE_STRINGS));
  switch (random.int(8)) {
    case 0: // prototype gadgets mixed into an otherwise plausible form
      for (const field of FIELD_NAMES) if (random.chance(0.4)) form.append(field, value());
      form.append(random.pick(PROTOTYPE_FIELDS), "on");
      break;
    case 1: // 10,000 fields
      for (let i = 0; i < 10_000; i++) form.append(random.chance(0.5) ? random.pick(FIELD_NAMES) : `f${i}`, String(i));
      break;
    case 2: // nested indices far out, and paths through values
      form.append("config.assertions.99999999.type", "status");
      form.append(`${random.pick(FIELD_NAMES)}.${random.int(1e9)}`, value());
      form.append("name", "x");
      form.append("name.inner", "y");
      break;
    case 3: // lists where a scalar is expected, and the reverse
      for (const field of FIELD_NAMES) {
        if (!random.chance(0.5)) continue;
        form.append(`${field.replace("[]", "")}[]`, value());
        form.append(`${field.replace("[]", "")}[]`, value());
      }
      break;
    case 4: // huge strings everywhere
      for (const field of FIELD_NAMES) form.append(field, "x".repeat(100_000));
      break;
    case 5: // unicode, RTL overrides and NUL bytes, in names and values
      for (const field of FIELD_NAMES) if (random.chance(0.5)) form.append(field, random.pick(["\u0000", "a\u0000", "\u202e", "\ud800x", "🙂", "\u0085", "\r\n"]));
      form.append("na\u0000me", "x");
      form.append("\u202ename", "x");
      break;
    case 6: // a plausible check form with one field gone wrong
      form.append("name", "Fuzz");
      form.append("config.type", random.pick(TYPES));
      form.append("config.url", "https://example.com");
      form.append("config.host", "example.com");
      form.append("config.port", random.pick(["80", "-1", "70000", "1e3", ""]));
      form.append(random.pick(FIELD_NAMES), value());
      break;
    default: // random names and values
      for (let i = random.int(40); i > 0; i--) form.append(random.chance(0.7) ? random.pick(FIELD_NAMES) : random.pick(HOSTILE_STRINGS).slice(0, 200), value());
  }
  return form;
}

/** What a client can send in a server action's other arguments (React's wire format carries all of these). */
export function hostileArgument(random: Random, uuids: readonly string[]): unknown {
  return random.pick<() => unknown>([
    () => random.pick(HOSTILE_STRINGS),
    () => (uuids.length ? random.pick(uuids) : UUID_ZERO),
    () => random.int(2 ** 31) - 2 ** 30,
    () => random.chance(0.5),
    () => null,
    () => undefined,
    () => ({ __proto__: { polluted: 1 }, id: UUID_ZERO }),
    () => [UUID_ZERO, "x"],
    () => new FormData(),
    () => new Date(Number.NaN),
  ])();
}
