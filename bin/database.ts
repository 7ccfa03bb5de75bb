import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "@/db/embedded";
import { createSecretBox, type SecretBox } from "@/lib/crypto/secret-box";
import { env, parseSecretKey } from "@/lib/env";

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under PINGPAGE_DATA_DIR. */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  console.log(`[postgres] starting embedded PostgreSQL (data in ${env.PINGPAGE_DATA_DIR}/postgres, port ${env.EMBEDDED_PG_PORT})`);
  const started = await startEmbeddedPostgres({ dataDir: env.PINGPAGE_DATA_DIR, port: env.EMBEDDED_PG_PORT });
  return { ...started, embedded: true };
}

/** NEXTAUTH_SECRET: required with an external database, generated and kept under .data/ otherwise. */
export function resolveAuthSecret(embedded: boolean): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!embedded) {
    throw new Error("NEXTAUTH_SECRET is required when DATABASE_URL is set. Generate one with: openssl rand -base64 32");
  }
  const file = path.join(env.PINGPAGE_DATA_DIR, "nextauth.secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(env.PINGPAGE_DATA_DIR, { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * PINGPAGE_SECRET_KEY, which seals credentials at rest: required with an external database,
 * generated and kept under .data/ (mode 0600) otherwise, like NEXTAUTH_SECRET.
 */
export function resolveSecretKey(embedded: boolean): string {
  if (env.PINGPAGE_SECRET_KEY) return env.PINGPAGE_SECRET_KEY.toString("base64");
  if (!embedded) {
    throw new Error("PINGPAGE_SECRET_KEY is required when DATABASE_URL is set. Generate one with: openssl rand -base64 32");
  }
  const file = path.join(env.PINGPAGE_DATA_DIR, "secret.key");
  if (fs.existsSync(file)) {
    const key = parseSecretKey(fs.readFileSync(file, "utf8"));
    if (!key) throw new Error(`${file} must hold a 32-byte key in base64 or hex`);
    return key.toString("base64");
  }
  const key = crypto.randomBytes(32).toString("base64");
  fs.mkdirSync(env.PINGPAGE_DATA_DIR, { recursive: true });
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/** The launcher's own box: in embedded mode its key comes from .data/, not from the environment. */
export function launcherSecretBox(key: string): SecretBox {
  return createSecretBox({ current: Buffer.from(key, "base64"), previous: env.PINGPAGE_SECRET_KEY_PREVIOUS });
}
