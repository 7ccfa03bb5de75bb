import { z } from "zod";
import { scopes } from "@/lib/services/context";

/** A new API token: a name, read or read-and-write, and an optional expiry in the future. */
export const apiTokenInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(80, "Keep the name under 80 characters"),
  scopes: z
    .array(z.enum(scopes, { message: "Scopes are read and write" }))
    .min(1, "Choose at least the read scope")
    .transform((chosen) => (chosen.includes("write") ? (["read", "write"] as const) : (["read"] as const)).slice()),
  expiresAt: z.coerce
    .date({ message: "Enter an expiry date" })
    .refine((date) => date.getTime() > Date.now(), "The expiry must be in the future")
    .nullable()
    .default(null),
});
export type ApiTokenInput = z.infer<typeof apiTokenInput>;

export const apiTokenId = z.string().uuid("Unknown token");
