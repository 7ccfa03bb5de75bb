import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { closeDb } from "@/lib/db";

/**
 * "The instance's first user" is global state, so this file gets a database of its own: created on
 * the test server, migrated, and given to freshly imported modules in place of the shared one.
 */
const name = `pingpage_first_user_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
const serverUrl = inject("databaseUrl");
const freshUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function onServer(statement: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let modules: {
  signUpUser: typeof import("@/lib/services/accounts/sign-up").signUpUser;
  signUp: typeof import("@/lib/schemas/user").signUp;
  isInstanceAdmin: typeof import("@/lib/services/instance/admin").isInstanceAdmin;
  closeDb: typeof closeDb;
  db: typeof import("@/lib/db").db;
  users: typeof import("@/db/schema").users;
};

beforeAll(async () => {
  await onServer(`create database "${name}"`);
  await migrateDatabase(freshUrl);
  await closeDb();
  process.env.DATABASE_URL = freshUrl;
  vi.resetModules();
  const [signUpModule, schemas, admin, database, schema] = await Promise.all([
    import("@/lib/services/accounts/sign-up"),
    import("@/lib/schemas/user"),
    import("@/lib/services/instance/admin"),
    import("@/lib/db"),
    import("@/db/schema"),
  ]);
  modules = { signUpUser: signUpModule.signUpUser, signUp: schemas.signUp, isInstanceAdmin: admin.isInstanceAdmin, closeDb: database.closeDb, db: database.db, users: schema.users };
});

afterAll(async () => {
  await modules?.closeDb();
  process.env.DATABASE_URL = serverUrl;
  await onServer(`drop database if exists "${name}"`);
});

describe("the first user of an instance without mail", () => {
  it("sees their own verification link, and nobody after them does", async () => {
    const { signUpUser, signUp, isInstanceAdmin, db, users } = modules;
    const form = (label: string) => signUp.parse({ name: label, email: `${label}-${randomUUID()}@example.test`, password: "a long password" });
    const options = { baseUrl: "http://app.test", transport: "outbox" as const };

    // Two sign-ups racing on the empty instance: exactly one of them is the first user.
    const racing = await Promise.all([signUpUser(form("a"), options), signUpUser(form("b"), options)]);
    const shown = racing.filter((outcome) => outcome.verificationLink !== null);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.verificationLink).toMatch(/^http:\/\/app\.test\/verify-email\/[A-Za-z0-9_-]{43}$/);

    // The one shown its link is the one the outbox belongs to.
    const [first] = await db.select({ id: users.id }).from(users).where(eq(users.email, shown[0]!.email));
    expect(await isInstanceAdmin(first!.id)).toBe(true);

    const later = await signUpUser(form("c"), options);
    expect(later.verificationLink).toBeNull();
  });
});
