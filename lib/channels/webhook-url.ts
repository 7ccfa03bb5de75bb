import { z } from "zod";

/**
 * A vendor's webhook URL: https, one of its hosts, its path. Checked strictly so a channel cannot
 * be pointed elsewhere; self-hosters behind a proxy and tests swap the origin with
 * ALERT_VENDOR_BASE_URLS instead.
 */
export function vendorWebhookUrl(field: string, hosts: readonly string[], path: RegExp, example: string) {
  return z
    .string({ error: `${field}: required` })
    .trim()
    .min(1, `${field}: paste the webhook URL`)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" && hosts.includes(url.hostname) && path.test(url.pathname);
      } catch {
        return false;
      }
    }, `${field}: expected a URL like ${example}`);
}

/** Any https URL (Teams workflows live on many Azure hosts). */
export function httpsUrl(field: string, example: string) {
  return z
    .string({ error: `${field}: required` })
    .trim()
    .min(1, `${field}: paste the webhook URL`)
    .refine((value) => URL.canParse(value) && new URL(value).protocol === "https:", `${field}: expected an https URL like ${example}`);
}
