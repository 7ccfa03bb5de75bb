import { z } from "zod";

const hostnameLabel = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i;

// Schemas also run in the browser (the dashboard form), so no node:net here.
export function isIpLiteral(host: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host.split(".").every((part) => Number(part) <= 255);
  if (!host.includes(":")) return false;
  try {
    return new URL(`http://[${host}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** A DNS name or IP literal, without scheme, port or path. */
export const targetHost = z
  .string()
  .trim()
  .min(1, "Enter a host name or IP address")
  .max(253)
  .transform((host) => host.replace(/^\[(.*)\]$/, "$1"))
  .refine(
    (host) => isIpLiteral(host) || host.replace(/\.$/, "").split(".").every((label) => hostnameLabel.test(label)),
    "Enter a host name like example.com or an IP address, without http:// or a port",
  );

export const port = z
  .number({ error: "Enter a port from 1 to 65535" })
  .int("Ports are whole numbers")
  .min(1, "Ports run from 1 to 65535")
  .max(65_535, "Ports run from 1 to 65535");

/** Whether the user's check passes when the probe fails, e.g. to watch that a port stays closed. */
export const upsideDown = formBoolean(z.boolean().default(false));


/*
 * Form adapters. The dashboard posts every field as a string (lib/parse-form.ts); the API and YAML
 * send JSON types. These accept both and leave each schema's output type unchanged.
 */

/** "" is absent (so defaults apply); other text must read as a number. */
export function formNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== "string") return value;
    if (value.trim() === "") return undefined;
    const number = Number(value);
    if (Number.isNaN(number)) {
      ctx.addIssue({ code: "custom", message: "Enter a number" });
      return z.NEVER;
    }
    return number;
  }, schema);
}

/** A checkbox posts a hidden "false" then, when ticked, "true" (the last value wins). */
export function formBoolean<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (value === "true" || value === "on") return true;
    if (value === "false") return false;
    return value === "" ? undefined : value;
  }, schema);
}

/** An empty text box means "not set". */
export function formOptionalText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema);
}

/** A textarea with one value per line, or a JSON array. */
export function formLines<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line.length > 0)
        : value,
    schema,
  );
}
