import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/heartbeat/[token]/route";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { createOwnerCtx } from "../support/factories";

/** The custom migration that hashes tokens saved before pings were matched by hash. */
function backfillSql(): string {
  const folder = path.join(process.cwd(), "db/migrations");
  const file = fs.readdirSync(folder).find((name) => name.endsWith("_heartbeat_token_hash_backfill.sql"));
  if (!file) throw new Error("the heartbeat token backfill migration is missing");
  return fs.readFileSync(path.join(folder, file), "utf8");
}

describe("the heartbeat token migration", () => {
  it("keeps a heartbeat URL saved before hashing working", async () => {
    const owner = await createOwnerCtx();
    const token = randomBytes(24).toString("base64url");
    const [legacy] = await db
      .insert(checks)
      .values({ workspaceId: owner.workspaceId, name: "Old heartbeat", type: "heartbeat", intervalSeconds: 60, config: { type: "heartbeat", periodSeconds: 60, graceSeconds: 60 }, heartbeatToken: token })
      .returning({ id: checks.id });
    const call = () => GET(new Request(`http://localhost/api/heartbeat/${token}`), { params: Promise.resolve({ token }) });
    expect((await call()).status).toBe(404);

    await db.execute(sql.raw(backfillSql()));

    expect((await call()).status).toBe(200);
    const [row] = await db.select({ hash: checks.heartbeatTokenHash }).from(checks).where(eq(checks.id, legacy!.id));
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
