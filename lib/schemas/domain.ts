import { z } from "zod";

/** A hostname people type: lowercased, without scheme, path, port or trailing dot. */
export const domainInput = z.object({
  hostname: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/^https?:\/\//, "").replace(/\/.*$/, "").replace(/\.$/, ""))
    .pipe(
      z
        .string()
        .max(253, "That domain is too long")
        .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Enter a domain like status.example.com"),
    ),
});

export const domainId = z.string().uuid("Unknown domain");
