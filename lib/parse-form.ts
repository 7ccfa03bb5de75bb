import type { z } from "zod";

/**
 * Turns form fields named by path ("config.url", "config.assertions.0.expected", "checkIds[]")
 * into the nested object the shared zod schema expects.
 */
export function formToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (typeof value !== "string" || rawKey.startsWith("$ACTION")) continue;
    const isList = rawKey.endsWith("[]");
    const parts = (isList ? rawKey.slice(0, -2) : rawKey).split(".");
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (i === parts.length - 1) {
        if (isList) ((container[key] ??= []) as unknown[]).push(value);
        else container[key] = value;
        return;
      }
      container[key] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData) {
  return schema.safeParse(formToObject(formData));
}
