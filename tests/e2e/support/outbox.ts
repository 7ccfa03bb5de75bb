import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { Client } from "pg";

/**
 * The e2e server's database, as playwright.config.ts starts it: DATABASE_URL when set, else the
 * embedded PostgreSQL under .data/e2e (its password is kept beside the data, see db/embedded.ts).
 */
function e2eDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const password = fs.readFileSync(path.join(".data/e2e", "postgres.password"), "utf8").trim();
  const port = process.env.E2E_PG_PORT ?? "54349";
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/pingpage`;
}

async function newestLink(address: string, kind: string, pattern: RegExp): Promise<string | null> {
  const client = new Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>(
      "select text from emails where lower(to_address) = lower($1) and kind = $2 order by created_at desc limit 1",
      [address, kind],
    );
    return rows[0]?.text.match(pattern)?.[0] ?? null;
  } finally {
    await client.end();
  }
}

/** The path of the newest verification link mailed to an address, read from the stored message. */
export async function verificationLinkFor(address: string): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(async () => (link = await newestLink(address, "verify_email", /\/verify-email\/[A-Za-z0-9_-]{43}/)), {
      message: `a verification e-mail to ${address}`,
    })
    .not.toBeNull();
  return link!;
}

/** Whether a message of this kind was queued for the address (e.g. "sign_up_existing"). */
export async function mailedKind(address: string, kind: string): Promise<boolean> {
  return (await newestLink(address, kind, /[\s\S]*/)) !== null;
}
