import type { z } from "zod";
import type { FieldError } from "./problem";

type Def = { type: string; shape?: Record<string, z.ZodType>; options?: z.ZodType[]; discriminator?: string; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; catchall?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * Fields a body sends that its schema does not know. The shared schemas strip them (the forms send
 * extras), but an API client that misspells a field must hear so rather than see it ignored.
 */
export function unknownFields(schema: z.ZodType, value: unknown, path: string[] = []): FieldError[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return value === undefined || value === null ? [] : unknownFields(def.innerType!, value, path);
    case "pipe":
      return unknownFields(defOf(def.in!).type === "transform" ? def.out! : def.in!, value, path);
    case "array":
      return Array.isArray(value) ? value.flatMap((item, index) => unknownFields(def.element!, item, [...path, String(index)])) : [];
    case "union": {
      if (!def.discriminator || typeof value !== "object" || value === null) return [];
      const tag = (value as Record<string, unknown>)[def.discriminator];
      const option = def.options!.find((candidate) => {
        const field = defOf(candidate).shape?.[def.discriminator!];
        const values = field ? (defOf(field) as { values?: unknown[] }).values : undefined;
        return values?.includes(tag);
      });
      return option ? unknownFields(option, value, path) : [];
    }
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value) || def.catchall) return [];
      const shape = def.shape!;
      return Object.entries(value).flatMap(([key, field]) =>
        key in shape ? unknownFields(shape[key]!, field, [...path, key]) : [{ path: [...path, key].join("."), message: "Unknown field" }],
      );
    }
    default:
      return [];
  }
}
