import { z } from "zod";
import { formNumber, formOptionalText } from "@/lib/schemas/check-config/shared";

const pushoverKey = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .regex(/^[A-Za-z0-9]{30}$/, `The ${what} is 30 letters and digits`);

export const pushoverConfig = z.object({
  /** Priority of down alerts: -2 lowest … 1 high, 2 emergency (repeats until acknowledged in Pushover). */
  priority: formNumber(z.number({ error: "Pick a priority" }).int().min(-2, "Priority is -2 to 2").max(2, "Priority is -2 to 2").default(1)),
  /** One of the user's devices; every device when empty. */
  device: formOptionalText(z.string().trim().regex(/^[A-Za-z0-9_-]{1,25}$/, "Device names are up to 25 letters, digits, - or _").optional()),
});
export type PushoverConfig = z.infer<typeof pushoverConfig>;

/** The user key names who is woken, so it is kept as secret as the application token. */
export const pushoverSecrets = z.object({
  userKey: pushoverKey("user key"),
  appToken: pushoverKey("application token"),
});
export type PushoverSecrets = z.infer<typeof pushoverSecrets>;
