import { slug as slugSchema } from "@/lib/schemas/page";

/**
 * The slug a page host names: "acme.status.example.net" → "acme" when the pages domain is
 * "status.example.net". Exactly one label in front, and it must be a valid slug; anything else
 * (the pages domain itself, deeper names, "www") is no page host. Pure, for the proxy and the ask endpoint.
 */
export function slugOfPageHost(hostname: string, pagesDomain: string | undefined): string | null {
  if (!pagesDomain) return null;
  const suffix = `.${pagesDomain}`;
  if (!hostname.endsWith(suffix)) return null;
  const label = hostname.slice(0, -suffix.length);
  if (label.includes(".")) return null;
  const parsed = slugSchema.safeParse(label);
  return parsed.success && parsed.data === label ? label : null;
}

/** True for the pages domain and every name under it: those belong to the operator, never a customer. */
export function isUnderPagesDomain(hostname: string, pagesDomain: string | undefined): boolean {
  return !!pagesDomain && (hostname === pagesDomain || hostname.endsWith(`.${pagesDomain}`));
}

/** A page's own host, or null when no pages domain is configured. */
export function pageHostOf(slug: string, pagesDomain: string | undefined): string | null {
  return pagesDomain ? `${slug}.${pagesDomain}` : null;
}
