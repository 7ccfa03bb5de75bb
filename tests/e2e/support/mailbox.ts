import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { Client } from "pg";

/**
 * The e2e server's database: DATABASE_URL when the run uses one, else the embedded PostgreSQL that
 * playwright.config.ts starts under .data/e2e. The dev outbox page is shown only to the instance's
 * first user, which a test cannot count on being, so tests read the outbox's rows directly.
 */
function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const password = fs.readFileSync(path.join(".data/e2e", "postgres.password"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.E2E_PG_PORT ?? "54349"}/pingpage`;
}

/** The newest message of `kind` to `to`, once the app has stored it. */
export async function latestMailTo(to: string, kind: string): Promise<{ subject: string; text: string }> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    let found: { subject: string; text: string } | undefined;
    await expect
      .poll(async () => {
        const { rows } = await client.query<{ subject: string; text: string }>(
          "select subject, text from emails where lower(to_address) = lower($1) and kind = $2 order by created_at desc limit 1",
          [to, kind],
        );
        found = rows[0];
        return !!found;
      })
      .toBe(true);
    return found!;
  } finally {
    await client.end();
  }
}

/** The first link in a mail's text version that starts with the app's path `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${prefix.replace(/\//g, "\\/")}[^\\s]*`));
  if (!match) throw new Error(`no ${prefix} link in: ${text}`);
  return new URL(match[0]).pathname;
}
