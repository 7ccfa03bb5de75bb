import { redactSecretFields } from "@/lib/schemas/check-config/secret-fields";
import { resourceKeyOf, type ConfigFile } from "./schema";

export const sections = ["checks", "pages", "maintenance"] as const;
export type Section = (typeof sections)[number];
type Resource = ConfigFile[Section][number];

export type FieldChange = { field: string; from: unknown; to: unknown };
export type Change =
  | { action: "create"; section: Section; key: string; desired: Resource }
  | { action: "update"; section: Section; key: string; desired: Resource; fields: FieldChange[] }
  | { action: "delete"; section: Section; key: string };
export type Plan = { changes: Change[]; /** On the server, not in the file, kept because --prune was not given. */ unmanaged: { section: Section; key: string }[] };

/**
 * What applying `desired` to a workspace whose resources read back as `current` would change.
 * Both sides are in file form (keys, not ids) and parsed by the same schema, so defaults agree.
 * Secrets read back as a "kept" marker: the file's secrets are compared as that marker, so an
 * unchanged file plans no change; a secret alone cannot be seen to differ.
 */
export function planChanges(file: ConfigFile, current: ConfigFile, options: { prune: boolean }): Plan {
  const desired = withComponentNames(file);
  const plan: Plan = { changes: [], unmanaged: [] };
  for (const section of sections) {
    const wanted = new Map<string, Resource>(desired[section].map((resource) => [resourceKeyOf(section, resource), resource]));
    const existing = new Map<string, Resource>(current[section].map((resource) => [resourceKeyOf(section, resource), resource]));
    for (const [key, resource] of wanted) {
      const found = existing.get(key);
      if (!found) {
        plan.changes.push({ action: "create", section, key, desired: resource });
        continue;
      }
      const fields = diffFields(comparable(section, resource), comparable(section, found));
      if (fields.length > 0) plan.changes.push({ action: "update", section, key, desired: resource, fields });
    }
    for (const key of existing.keys()) {
      if (wanted.has(key)) continue;
      if (options.prune) plan.changes.push({ action: "delete", section, key });
      else plan.unmanaged.push({ section, key });
    }
  }
  return plan;
}

/** A component without a name shows its check's name, as the dashboard does. */
function withComponentNames(file: ConfigFile): ConfigFile {
  const names = new Map(file.checks.map((check) => [check.key, check.name]));
  const pages = file.pages.map((page) => ({ ...page, components: page.components.map((component) => ({ ...component, name: component.name ?? names.get(component.check) })) }));
  return { ...file, pages };
}

function comparable(section: Section, resource: Resource): unknown {
  if (section !== "checks") return resource;
  const check = resource as ConfigFile["checks"][number];
  return { ...check, config: redactSecretFields(check.config), tags: [...check.tags].sort() };
}

/** Leaf-by-leaf differences, as dotted paths; arrays of scalars compare whole. */
export function diffFields(to: unknown, from: unknown, prefix = ""): FieldChange[] {
  if (isPlainObject(to) && isPlainObject(from)) {
    const names = [...new Set([...Object.keys(to), ...Object.keys(from)])];
    return names.flatMap((name) => diffFields(to[name], from[name], prefix ? `${prefix}.${name}` : name));
  }
  if (Array.isArray(to) && Array.isArray(from) && to.length === from.length && to.some((item) => typeof item === "object" && item !== null)) {
    return to.flatMap((item, index) => diffFields(item, from[index], `${prefix}[${index}]`));
  }
  return same(to, from) ? [] : [{ field: prefix, from, to }];
}

function same(a: unknown, b: unknown): boolean {
  // An absent optional field and null mean the same: "not set".
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0;
}

/** The plan as people read it: + create, ~ update with each field, - delete. */
export function describePlan(plan: Plan): string {
  const lines: string[] = [];
  for (const change of plan.changes) {
    const name = `${change.section}.${change.key}`;
    if (change.action === "create") lines.push(`+ create ${name}`);
    else if (change.action === "delete") lines.push(`- delete ${name}`);
    else {
      lines.push(`~ update ${name}`);
      for (const field of change.fields) lines.push(`    ${field.field}: ${show(field.from)} → ${show(field.to)}`);
    }
  }
  if (plan.unmanaged.length > 0) lines.push(`${plan.unmanaged.length} resource(s) on the server are not in the file and are kept (apply --prune deletes them).`);
  const counts = (action: Change["action"]) => plan.changes.filter((change) => change.action === action).length;
  lines.push(plan.changes.length === 0 ? "No changes." : `Plan: ${counts("create")} to create, ${counts("update")} to update, ${counts("delete")} to delete.`);
  return lines.join("\n");
}

function show(value: unknown): string {
  return value === undefined || value === null ? "(not set)" : JSON.stringify(value);
}
