import "server-only";
import { sql } from "drizzle-orm";
import { instanceSettings } from "@/db/schema";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { MailSettingsInput } from "@/lib/schemas/mail-settings";
import { assertInstanceAdmin, type InstanceCtx } from "./admin";

/** What the admin page shows: the password only as "set" or not. */
export type MailSettingsView = { transport: "outbox" | "smtp"; smtpUrl: string | null; hasSmtpPassword: boolean; from: string | null };

/** What the worker needs to send through the admin's SMTP server. */
export type StoredSmtp = { url: string; password: string | undefined; from: string | null };

async function readRow() {
  const [row] = await db.select().from(instanceSettings).limit(1);
  return row;
}

export async function readMailSettings(ctx: InstanceCtx): Promise<MailSettingsView> {
  await assertInstanceAdmin(ctx);
  const row = await readRow();
  return {
    transport: row?.mailTransport ?? "outbox",
    smtpUrl: row?.smtpUrl ?? null,
    hasSmtpPassword: !!row?.smtpPasswordSealed,
    from: row?.mailFrom ?? null,
  };
}

/** The admin's SMTP server when chosen, with its password opened; null means the outbox. */
export async function storedSmtp(): Promise<StoredSmtp | null> {
  const row = await readRow();
  if (row?.mailTransport !== "smtp" || !row.smtpUrl) return null;
  return { url: row.smtpUrl, password: row.smtpPasswordSealed ? openSecret(row.smtpPasswordSealed) : undefined, from: row.mailFrom };
}

/** Which transport the admin chose, without opening the sealed password. */
export async function storedMailTransport(): Promise<"outbox" | "smtp"> {
  const row = await readRow();
  return row?.mailTransport === "smtp" && row.smtpUrl ? "smtp" : "outbox";
}

/** A password typed into the URL is moved out of it, so only the sealed copy is kept. */
function splitPassword(input: string): { url: string; password: string | undefined } {
  const url = new URL(input);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  return { url: url.toString().replace(/\/$/, ""), password };
}

export async function saveMailSettings(ctx: InstanceCtx, input: MailSettingsInput): Promise<void> {
  await assertInstanceAdmin(ctx);
  if (input.transport === "outbox") {
    await db
      .insert(instanceSettings)
      .values({ mailTransport: "outbox", updatedBy: ctx.userId })
      .onConflictDoUpdate({ target: instanceSettings.id, set: { mailTransport: "outbox", updatedBy: ctx.userId, updatedAt: sql`now()` } });
    return;
  }
  const { url, password: fromUrl } = splitPassword(input.smtpUrl);
  const password = input.smtpPassword || fromUrl;
  if (password && !new URL(url).username) {
    throw new ValidationError("Add the user name", { smtpUrl: ["A password needs a user name in the URL (smtp://user@host:587)"] });
  }
  const sealed = password ? { smtpPasswordSealed: sealSecret(password) } : {};
  const values = { mailTransport: "smtp" as const, smtpUrl: url, mailFrom: input.from, updatedBy: ctx.userId, ...sealed };
  await db
    .insert(instanceSettings)
    .values(values)
    .onConflictDoUpdate({ target: instanceSettings.id, set: { ...values, updatedAt: sql`now()` } });
}
