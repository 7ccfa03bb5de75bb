import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { alertChannels } from "@/db/schema";
import { auditChanges, auditCreated } from "@/lib/audit/changes";
import { channelModuleOf, channelModules } from "@/lib/channels/registry";
import type { AnyChannelModule } from "@/lib/channels/types";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { alertChannelInput, type AlertChannelInput } from "@/lib/schemas/alert-channel";
import { recordAudit } from "../audit/record";
import { assertRole, type Ctx } from "../context";
import { openChannelSecrets, sealChannelSecrets, secretFieldsSet } from "./channel-secrets";

/** A channel as a browser or the API may see it: no secret values, only which are set. */
export type ChannelView = {
  id: string;
  type: string;
  typeLabel: string;
  name: string;
  enabled: boolean;
  disabledReason: string | null;
  config: Record<string, unknown>;
  secretsSet: string[];
  description: string;
  failingSince: Date | null;
  consecutiveFailures: number;
  lastError: string | null;
  lastDeliveryAt: Date | null;
};

type Row = typeof alertChannels.$inferSelect;

function view(row: Row, modules: readonly AnyChannelModule[]): ChannelView {
  const channelModule = channelModuleOf(row.type, modules);
  const config = channelModule?.configSchema.safeParse(row.config);
  let secretsSet: string[] = [];
  try {
    secretsSet = secretFieldsSet(row.secrets);
  } catch {
    // A key that no longer opens it: the form shows every secret as unset, to be entered again.
  }
  return {
    id: row.id,
    type: row.type,
    typeLabel: channelModule?.label ?? row.type,
    name: row.name,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    config: row.config,
    secretsSet,
    description: channelModule && config?.success ? channelModule.describe(config.data) : "",
    failingSince: row.failingSince,
    consecutiveFailures: row.consecutiveFailures,
    lastError: row.lastError,
    lastDeliveryAt: row.lastDeliveryAt,
  };
}

export async function listChannels(ctx: Ctx, modules: readonly AnyChannelModule[] = channelModules): Promise<ChannelView[]> {
  const rows = await db.select().from(alertChannels).where(eq(alertChannels.workspaceId, ctx.workspaceId)).orderBy(desc(alertChannels.createdAt));
  return rows.map((row) => view(row, modules));
}

export async function getChannel(ctx: Ctx, id: string, modules: readonly AnyChannelModule[] = channelModules): Promise<ChannelView> {
  const [row] = await db.select().from(alertChannels).where(and(eq(alertChannels.workspaceId, ctx.workspaceId), eq(alertChannels.id, id)));
  if (!row) throw new NotFoundError("Channel");
  return view(row, modules);
}

/** Field errors under `config.<field>` / `secrets.<field>`, as the form names its inputs. */
function checked(schema: AnyChannelModule["configSchema"], value: unknown, prefix: string): { data: Record<string, unknown> } | { errors: Record<string, string[]> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { data: (parsed.data ?? {}) as Record<string, unknown> };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = `${prefix}.${issue.path.join(".") || "value"}`;
    (errors[key] ??= []).push(issue.message);
  }
  return { errors };
}

function settings(input: AlertChannelInput, storedSecrets: Record<string, unknown>, modules: readonly AnyChannelModule[]) {
  const parsed = alertChannelInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    throw new ValidationError("Check the highlighted fields", fieldErrors);
  }
  const channelModule = channelModuleOf(parsed.data.type, modules);
  if (!channelModule) throw new ValidationError("Pick a channel type", { type: ["Unknown channel type"] });
  const given = Object.fromEntries(Object.entries(parsed.data.secrets).filter(([, value]) => value !== undefined && value !== ""));
  const config = checked(channelModule.configSchema, parsed.data.config, "config");
  const secrets = checked(channelModule.secretsSchema, { ...storedSecrets, ...given }, "secrets");
  if ("errors" in config || "errors" in secrets) {
    throw new ValidationError("Check the highlighted fields", { ...("errors" in config ? config.errors : {}), ...("errors" in secrets ? secrets.errors : {}) });
  }
  return { type: channelModule.type, name: parsed.data.name, enabled: parsed.data.enabled, config: config.data, secrets: sealChannelSecrets(secrets.data) };
}

export async function createChannel(ctx: Ctx, input: AlertChannelInput, modules: readonly AnyChannelModule[] = channelModules): Promise<string> {
  assertRole(ctx, "editor");
  const values = settings(input, {}, modules);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(alertChannels).values({ workspaceId: ctx.workspaceId, ...values }).returning({ id: alertChannels.id });
    if (!row) throw new Error("insert into alert_channels returned no row");
    await recordAudit(tx, ctx, {
      action: "alert_channel.created",
      target: { type: "alert_channel", id: row.id, label: values.name },
      changes: auditCreated({ type: values.type, name: values.name, enabled: values.enabled, config: values.config }),
    });
    return row.id;
  });
}

export async function updateChannel(ctx: Ctx, id: string, input: AlertChannelInput, modules: readonly AnyChannelModule[] = channelModules): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(alertChannels).where(and(eq(alertChannels.workspaceId, ctx.workspaceId), eq(alertChannels.id, id))).for("update");
    if (!before) throw new NotFoundError("Channel");
    if (input.type !== before.type) throw new ValidationError("A channel's type cannot change", { type: ["Create a new channel instead"] });
    const values = settings(input, openChannelSecrets(before.secrets), modules);
    // Switching a channel back on clears what switched it off.
    const revived = values.enabled && !before.enabled ? { disabledReason: null, failingSince: null, consecutiveFailures: 0, firstFailureAt: null } : {};
    await tx
      .update(alertChannels)
      .set({ name: values.name, enabled: values.enabled, config: values.config, secrets: values.secrets, updatedAt: new Date(), ...revived })
      .where(eq(alertChannels.id, id));
    const secretsChanged = values.secrets !== before.secrets && Object.keys(input.secrets ?? {}).some((key) => input.secrets?.[key]);
    await recordAudit(tx, ctx, {
      action: "alert_channel.updated",
      target: { type: "alert_channel", id, label: values.name },
      changes: [
        ...auditChanges({ name: before.name, enabled: before.enabled, config: before.config }, { name: values.name, enabled: values.enabled, config: values.config }),
        ...(secretsChanged ? [{ field: "secrets", hidden: true as const }] : []),
      ],
    });
  });
}

export async function deleteChannel(ctx: Ctx, id: string): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(alertChannels)
      .where(and(eq(alertChannels.workspaceId, ctx.workspaceId), eq(alertChannels.id, id)))
      .returning({ name: alertChannels.name });
    if (!row) throw new NotFoundError("Channel");
    await recordAudit(tx, ctx, { action: "alert_channel.deleted", target: { type: "alert_channel", id, label: row.name } });
  });
}
