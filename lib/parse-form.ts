import { z } from "zod";

type Node = Record<string, unknown> | unknown[];
/** A refused form: `path` names the field a value problem belongs to, and is empty for a refused name. */
export type FormObject = { ok: true; value: Record<string, unknown> } | { ok: false; field: string; path: string[]; message: string };

/** Field path segments that would reach an object's prototype instead of a property of its own. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const INDEX = /^\d+$/;
/** A form never has more than a few hundred entries; a bigger index is an attack on memory. */
const MAX_INDEX = 999;

export function isPrototypeKey(segment: string): boolean {
  return PROTOTYPE_KEYS.has(segment);
}

/** The field name's path, or why it is refused. */
function pathOf(rawKey: string): string[] | string {
  const parts = (rawKey.endsWith("[]") ? rawKey.slice(0, -2) : rawKey).split(".");
  for (const [i, part] of parts.entries()) {
    if (isPrototypeKey(part)) return `The field name "${rawKey}" is not allowed.`;
    if (i > 0 && INDEX.test(part) && Number(part) > MAX_INDEX) return `The field "${rawKey}" has too large an index.`;
  }
  return parts;
}

function refused(field: string, path: string[], message: string): FormObject {
  return { ok: false, field, path, message };
}

/**
 * Turns form fields named by path ("config.url", "config.assertions.0.expected", "checkIds[]")
 * into the nested object the shared zod schema expects. Objects have no prototype and prototype
 * segments are refused, so no field name can reach Object.prototype (issue 7, defect 1).
 */
export function formToObject(formData: FormData): FormObject {
  const root: Record<string, unknown> = Object.create(null);
  for (const [rawKey, value] of formData.entries()) {
    if (typeof value !== "string" || rawKey.startsWith("$ACTION")) continue;
    const parts = pathOf(rawKey);
    if (typeof parts === "string") return refused(rawKey, [], parts);
    // PostgreSQL text cannot hold NUL, and no one types it: refuse it here rather than fail on insert.
    if (value.includes("\u0000")) return refused(rawKey, parts, "Remove the invisible NUL character from this field.");
    const isList = rawKey.endsWith("[]");
    let node: Node = root;
    for (const [i, part] of parts.entries()) {
      // An array takes indices only: "list.length" would resize it, "list.push" replace a method.
      if (Array.isArray(node) && !INDEX.test(part)) return refused(rawKey, [], `The field "${rawKey}" is not a list item.`);
      const container = node as Record<string, unknown>;
      const existing = container[part];
      if (i === parts.length - 1) {
        if (!isList) container[part] = value;
        else if (Array.isArray(existing)) existing.push(value);
        else if (existing === undefined) container[part] = [value];
        else return refused(rawKey, [], `The field "${rawKey}" is sent twice in different shapes.`);
        break;
      }
      if (existing === undefined) container[part] = INDEX.test(parts[i + 1]!) ? [] : Object.create(null);
      else if (typeof existing !== "object" || existing === null) return refused(rawKey, [], `The field "${rawKey}" is sent twice in different shapes.`);
      node = container[part] as Node;
    }
  }
  return { ok: true, value: root };
}

/**
 * The schema's safeParse of the form. A refused form comes back as a failed parse (a refused name
 * as a `_form` issue), so every action shows it the way it shows any other problem and writes nothing.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): z.ZodSafeParseResult<z.output<S>> {
  const object = formToObject(formData);
  if (object.ok) return schema.safeParse(object.value);
  const error = new z.ZodError([{ code: "custom", path: object.path, message: object.message, input: undefined }]);
  return { success: false, error: error as z.ZodError<z.output<S>> };
}
