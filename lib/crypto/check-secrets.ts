import { ValidationError } from "@/lib/errors";
import { KEPT_SECRET } from "@/lib/schemas/check-config/kept-secret";
import { mapSecretFields } from "@/lib/schemas/check-config/secret-fields";
import { isSealed, secretBox, type SecretBox } from "./secret-box";

/**
 * The settings to store from a user's input: new secrets sealed, and each KEPT_SECRET replaced by
 * the stored value of the same field. A kept field with nothing stored is a field error.
 */
export function sealCheckInput<T>(input: T, stored: unknown, box?: SecretBox): T {
  const saved = new Map<string, string>();
  mapSecretFields(stored, (value, field) => {
    saved.set(field.key, value);
    return value;
  });
  const missing: Record<string, string[]> = {};
  const config = mapSecretFields(input, (value, field) => {
    if (value !== KEPT_SECRET) return (box ?? secretBox()).seal(value);
    const kept = saved.get(field.key);
    if (kept === undefined) {
      missing[field.path] = ["Enter a value: there is no saved one to keep"];
      return value;
    }
    return isSealed(kept) ? kept : (box ?? secretBox()).seal(kept);
  });
  if (Object.keys(missing).length) throw new ValidationError("Please fix the highlighted fields.", missing);
  return config;
}

/**
 * The settings a probe needs: secrets opened. Plain text from before encryption passes as is.
 * The key is only looked up when there is something to open.
 */
export function openCheckSecrets<T>(stored: T, box?: SecretBox): T {
  return mapSecretFields(stored, (value) => (isSealed(value) ? (box ?? secretBox()).open(value) : value));
}

/** Plain text sealed, and values sealed with a previous key sealed again with the current one. */
export function resealCheckSecrets<T>(stored: T, box: SecretBox): T {
  return mapSecretFields(stored, (value) => resealValue(value, box));
}

export function resealValue(value: string, box: SecretBox): string {
  if (!isSealed(value)) return box.seal(value);
  return box.needsResealing(value) ? box.seal(box.open(value)) : value;
}
