import { z } from "zod";

export const emailConfig = z.object({
  to: z
    .array(z.string().trim().email("to: one address is not an e-mail address"), { error: "to: a list of e-mail addresses" })
    .min(1, "to: at least one address")
    .max(20, "to: at most 20 addresses"),
});
export type EmailConfig = z.output<typeof emailConfig>;

export const emailSecrets = z.object({});

/** The form's one text box: addresses separated by commas, spaces or lines. */
export function addressesFromText(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}
