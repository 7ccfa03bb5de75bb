import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { users } from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { db } from "@/lib/db";
import { createOwnerCtx, createUser, uniqueEmail } from "@/tests/support/factories";

const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as {
  entries: unknown[];
};

async function appliedMigrations(): Promise<number> {
  const result = await db.execute<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return result.rows[0]?.count ?? 0;
}

/** The PostgreSQL error under Drizzle's wrapper, whichever way this Drizzle version reports it. */
function pgErrorOf(error: unknown): { code?: string; constraint?: string } {
  const cause = error instanceof Error && error.cause ? error.cause : error;
  return cause as { code?: string; constraint?: string };
}

describe("test database", () => {
  it("reaches test workers through DATABASE_URL as well as inject()", () => {
    expect(process.env.DATABASE_URL).toBe(inject("databaseUrl"));
  });

  it("has every Drizzle migration and graphile-worker's schema applied", async () => {
    expect(await appliedMigrations()).toBe(journal.entries.length);
    const schema = await db.execute(sql`select 1 from information_schema.schemata where schema_name = 'graphile_worker'`);
    expect(schema.rowCount).toBe(1);
  });

  it("stores a user and reads it back", async () => {
    const email = uniqueEmail("readback");
    const created = await createUser({ email, name: "Ada" });

    const [found] = await db.select().from(users).where(eq(users.id, created.id));

    expect(found).toMatchObject({ email, name: "Ada" });
  });

  it("rejects a second user whose email differs only in case", async () => {
    const email = uniqueEmail("dup");
    await createUser({ email });

    const error = await createUser({ email: email.toUpperCase() }).catch((e: unknown) => e);

    expect(pgErrorOf(error)).toMatchObject({ code: "23505", constraint: "users_email_lower_idx" });
  });

  it("creates an owner context the services can act with", async () => {
    const ctx = await createOwnerCtx();

    const members = await db.execute<{ role: string }>(
      sql`select role from workspace_members where workspace_id = ${ctx.workspaceId} and user_id = ${ctx.userId}`,
    );

    expect(ctx.role).toBe("owner");
    expect(members.rows).toEqual([{ role: "owner" }]);
  });

  it("migrates safely when three processes start at once", async () => {
    const url = inject("databaseUrl");

    await expect(Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)])).resolves.toHaveLength(3);

    expect(await appliedMigrations()).toBe(journal.entries.length);
  });
});
