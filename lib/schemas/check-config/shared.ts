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

export const port = z.number().int().min(1, "Ports run from 1 to 65535").max(65_535, "Ports run from 1 to 65535");

/** Whether the user's check passes when the probe fails, e.g. to watch that a port stays closed. */
export const upsideDown = z.boolean().default(false);

export function isValidRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export const regexSource = z.string().min(1).max(500).refine(isValidRegex, "This is not a valid regular expression");
