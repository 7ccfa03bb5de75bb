import { z } from "zod";

/** What a link may fill in on the new-check form ("Monitor a website"): a name and an http(s) URL. */
const prefill = z.object({
  name: z.string().trim().min(1).max(100).optional().catch(undefined),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional()
    .catch(undefined),
});

/** The new-check form's starting values with a link's name and URL; anything unusable is ignored. */
export function prefilledValues(base: Record<string, string>, params: Record<string, string | string[] | undefined>): Record<string, string> {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const { name, url } = prefill.parse({ name: first(params.name), url: first(params.url) });
  return { ...base, ...(name ? { name } : {}), ...(url ? { "config.type": "http", "config.url": url } : {}) };
}
