import { z } from "zod";

/** Where to go after signing in: a path on this site only, so links cannot bounce users elsewhere. */
export const localPath = z
  .string()
  .refine((u) => u.startsWith("/") && !u.startsWith("//") && !u.startsWith("/\\"), "local paths only")
  .catch("/checks")
  .default("/checks");
