import "server-only";
import { sql } from "drizzle-orm";
import { instanceSettings } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { InstanceSettingsInput, SignupMode } from "@/lib/schemas/instance-settings";
import { assertInstanceAdmin, type InstanceCtx } from "./admin";

export type DefaultQuotas = InstanceSettingsInput["defaultQuotas"];

/** What the admin page shows, with whether the environment overrides the private-targets switch. */
export type InstanceSettingsView = {
  signupMode: SignupMode;
  allowPrivateTargets: boolean;
  privateTargetsFromEnv: boolean | undefined;
  defaultQuotas: DefaultQuotas;
};

async function readRow() {
  const [row] = await db.select().from(instanceSettings).limit(1);
  return row;
}

export async function readInstanceSettings(ctx: InstanceCtx): Promise<InstanceSettingsView> {
  await assertInstanceAdmin(ctx);
  const row = await readRow();
  return {
    signupMode: row?.signupMode ?? "open",
    allowPrivateTargets: row?.allowPrivateTargets ?? false,
    privateTargetsFromEnv: env.ALLOW_PRIVATE_TARGETS,
    defaultQuotas: row?.defaultQuotas ?? {},
  };
}

export async function saveInstanceSettings(ctx: InstanceCtx, input: InstanceSettingsInput): Promise<void> {
  await assertInstanceAdmin(ctx);
  // Blank quota fields are dropped, so they fall back to the environment's defaults.
  const defaultQuotas = Object.fromEntries(Object.entries(input.defaultQuotas).filter(([, value]) => value !== undefined));
  const values = { signupMode: input.signupMode, allowPrivateTargets: input.allowPrivateTargets, defaultQuotas, updatedBy: ctx.userId };
  await db
    .insert(instanceSettings)
    .values(values)
    .onConflictDoUpdate({ target: instanceSettings.id, set: { ...values, updatedAt: sql`now()` } });
}

/** Who may create an account now; the instance's first account is always allowed (see sign-up). */
export async function signupMode(): Promise<SignupMode> {
  return (await readRow())?.signupMode ?? "open";
}

/** ALLOW_PRIVATE_TARGETS when set, otherwise the admin's switch. */
export async function allowPrivateTargets(): Promise<boolean> {
  if (env.ALLOW_PRIVATE_TARGETS !== undefined) return env.ALLOW_PRIVATE_TARGETS;
  return (await readRow())?.allowPrivateTargets ?? false;
}

