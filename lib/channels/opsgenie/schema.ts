import { z } from "zod";

export const opsgenieRegions = ["us", "eu"] as const;
export const opsgeniePriorities = ["P1", "P2", "P3", "P4", "P5"] as const;

const picked = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema);

export const opsgenieConfig = z.object({
  /** Accounts live in one region; each has its own API host. */
  region: picked(z.enum(opsgenieRegions, { error: "Pick US or EU" }).default("us")),
  /** Priority of down alerts; degraded checks and certificate warnings go out as P3. */
  priority: picked(z.enum(opsgeniePriorities, { error: "Pick a priority from P1 to P5" }).default("P2")),
});
export type OpsgenieConfig = z.infer<typeof opsgenieConfig>;

export const opsgenieSecrets = z.object({
  /** The key of an API integration (Settings → Integrations → API), with create and update rights. */
  apiKey: z
    .string({ error: "Enter the API key" })
    .trim()
    .regex(/^[A-Za-z0-9-]{20,64}$/, "The API key is the integration's key, such as 1b2c3d4e-…"),
});
export type OpsgenieSecrets = z.infer<typeof opsgenieSecrets>;
