import { z } from "zod";
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath } from "@/lib/routing/safe-redirect";

// Pages that read callbackUrl do not need the real origin: a stand-in that no link can name
// turns every absolute URL into the default, and relative ones are judged as a browser would.
const STAND_IN_ORIGIN = "https://pingpage.invalid";

/** Where to go after signing in: a path on this site only, so links cannot bounce users elsewhere. */
export const localPath = z
  .unknown()
  .transform((raw) => safeRedirectPath(raw, STAND_IN_ORIGIN))
  .default(DEFAULT_AFTER_SIGN_IN);
