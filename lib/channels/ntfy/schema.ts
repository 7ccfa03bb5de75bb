import { z } from "zod";
import { formNumber } from "@/lib/schemas/check-config/shared";

export const ntfyConfig = z.object({
  /** ntfy.sh or a self-hosted server; the SSRF guard checks it in the hosted mode. */
  serverUrl: z.preprocess(
    (value) => (value === "" || value === undefined ? "https://ntfy.sh" : value),
    z
      .url({ protocol: /^https?$/, error: "Enter the server's http(s) URL, such as https://ntfy.sh" })
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  topic: z
    .string({ error: "Enter the topic" })
    .trim()
    .regex(/^[-_A-Za-z0-9]{1,64}$/, "Topics are 1 to 64 letters, digits, - or _"),
  /** The priority of down alerts (1 min … 5 urgent); recoveries and tests go out at 3. */
  priority: formNumber(z.number({ error: "Pick a priority" }).int().min(1, "Priority is 1 to 5").max(5, "Priority is 1 to 5").default(4)),
});
export type NtfyConfig = z.infer<typeof ntfyConfig>;

export const ntfySecrets = z.object({
  /** An access token (tk_…) for protected topics; public topics need none. */
  token: z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(200, "At most 200 characters").optional()),
});
export type NtfySecrets = z.infer<typeof ntfySecrets>;
