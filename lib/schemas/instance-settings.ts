import { z } from "zod";

export const signupModes = ["open", "invite_only", "closed"] as const;
export type SignupMode = (typeof signupModes)[number];

/** A blank quota field keeps the QUOTA_* default of the environment. */
const quota = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce
      .number({ message: `${label}: enter a whole number` })
      .int(`${label}: enter a whole number`)
      .min(min, `${label}: at least ${min}`)
      .max(max, `${label}: at most ${max}`)
      .optional(),
  );

export const instanceSettingsInput = z.object({
  signupMode: z.enum(signupModes, { message: "Choose who may sign up" }),
  allowPrivateTargets: z.boolean().default(false),
  defaultQuotas: z.object({
    checks: quota("Checks per workspace", 0, 1_000_000),
    minIntervalSeconds: quota("Shortest interval", 10, 86_400),
    pages: quota("Status pages per workspace", 0, 1_000_000),
    members: quota("Members per workspace", 0, 1_000_000),
    regionsPerCheck: quota("Regions per check", 1, 10),
  }),
});
export type InstanceSettingsInput = z.infer<typeof instanceSettingsInput>;
