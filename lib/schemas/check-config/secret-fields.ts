import { KEPT_SECRET } from "./kept-secret";

/**
 * Where a check's settings hold secrets: an HTTP check's password, bearer token and every request
 * header value (any header may carry a key, so all are treated as secret).
 */
export type SecretField = {
  /** The form field name, so an error lands beside the field. */
  path: string;
  /** What identifies the same secret in the stored settings: header rows may be removed or added. */
  key: string;
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A copy of `config` with each secret value replaced by `map(value)`; other settings untouched. */
export function mapSecretFields<T>(config: T, map: (value: string, field: SecretField) => string): T {
  if (!isObject(config) || config.type !== "http") return config;
  const copy = structuredClone(config) as Json;
  const auth = copy.auth;
  if (isObject(auth)) {
    for (const name of ["password", "token"]) {
      const value = auth[name];
      if (typeof value === "string") auth[name] = map(value, { path: `config.auth.${name}`, key: `auth.${name}` });
    }
  }
  if (Array.isArray(copy.headers)) {
    const seen = new Map<string, number>();
    copy.headers.forEach((header: unknown, index) => {
      if (!isObject(header) || typeof header.value !== "string") return;
      const name = String(header.name).toLowerCase();
      const occurrence = seen.get(name) ?? 0;
      seen.set(name, occurrence + 1);
      header.value = map(header.value, { path: `config.headers.${index}.value`, key: `header:${name}:${occurrence}` });
    });
  }
  return copy as T;
}

/** The settings as a form or an API response may show them: each secret only as "set". */
export function redactSecretFields<T>(config: T): T {
  return mapSecretFields(config, () => KEPT_SECRET);
}
