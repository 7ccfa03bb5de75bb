import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { checkFormValues } from "@/app/(dashboard)/checks/_components/form-values";
import { GET } from "@/app/api/heartbeat/[token]/route";
import { checks, workspaceMembers } from "@/db/schema";
import { sealStoredSecrets } from "@/db/seal-secrets";
import { openCheckSecrets } from "@/lib/crypto/check-secrets";
import { createSecretBox, isSealed, keyId } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { KEPT_SECRET } from "@/lib/schemas/check-config/kept-secret";
import { createCheck } from "@/lib/services/checks/create";
import { getCheckForEditing } from "@/lib/services/checks/edit";
import { getCheck, listCheckOptions, listChecks } from "@/lib/services/checks/read";
import { updateCheck } from "@/lib/services/checks/update";
import type { Ctx } from "@/lib/services/context";
import { createOwnerCtx, createUser } from "../support/factories";

const PASSWORD = `pw-${randomBytes(6).toString("hex")}`;
const API_KEY = `key-${randomBytes(6).toString("hex")}`;

function httpInput(config: Record<string, unknown> = {}) {
  return checkInput.parse({
    name: "Private API",
    config: {
      type: "http",
      url: "https://api.example.com/health",
      headers: [
        { name: "Accept", value: "application/json" },
        { name: "X-Api-Key", value: API_KEY },
      ],
      auth: { type: "basic", username: "monitor", password: PASSWORD },
      ...config,
    },
  });
}

async function withMember(owner: Ctx, role: Ctx["role"]): Promise<Ctx> {
  const user = await createUser();
  await db.insert(workspaceMembers).values({ workspaceId: owner.workspaceId, userId: user.id, role });
  return { userId: user.id, workspaceId: owner.workspaceId, role };
}

async function storedRow(id: string) {
  const [row] = await db.select().from(checks).where(eq(checks.id, id));
  return row!;
}

const ping = (token: string) => GET(new Request(`http://localhost/api/heartbeat/${token}`), { params: Promise.resolve({ token }) });

describe("check secrets", () => {
  it("are sealed in the database: credentials, every header value and the heartbeat token", async () => {
    const owner = await createOwnerCtx();
    const id = await createCheck(owner, httpInput());
    const row = await storedRow(id);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(JSON.stringify(row)).not.toContain(API_KEY);
    const config = row.config as { auth: { password: string; username: string }; headers: { value: string }[] };
    expect(isSealed(config.auth.password)).toBe(true);
    expect(config.auth.username).toBe("monitor");
    expect(config.headers.every((header) => isSealed(header.value))).toBe(true);
    expect(openCheckSecrets(row.config)).toMatchObject({ auth: { password: PASSWORD }, headers: [{ value: "application/json" }, { value: API_KEY }] });

    const heartbeatId = await createCheck(owner, checkInput.parse({ name: "Backup", config: { type: "heartbeat", periodSeconds: 60 } }));
    const token = (await getCheck(owner, heartbeatId)).heartbeatToken!;
    const heartbeat = await storedRow(heartbeatId);
    expect(isSealed(heartbeat.heartbeatToken)).toBe(true);
    expect(heartbeat.heartbeatToken).not.toContain(token);
    expect(heartbeat.heartbeatTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("finds a heartbeat by its token's hash; a wrong token is a 404", async () => {
    const owner = await createOwnerCtx();
    const id = await createCheck(owner, checkInput.parse({ name: "Backup", config: { type: "heartbeat", periodSeconds: 60 } }));
    const token = (await getCheck(owner, id)).heartbeatToken!;
    expect((await ping(token)).status).toBe(200);
    expect((await storedRow(id)).lastPingAt).toBeInstanceOf(Date);
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect((await ping(wrong)).status).toBe(404);
    // The stored (sealed) value is not a token either.
    expect((await ping((await storedRow(id)).heartbeatToken!.slice(-32))).status).toBe(404);
  });

  it("never reach what a viewer is sent, and the edit form is for editors only", async () => {
    const owner = await createOwnerCtx();
    const viewer = await withMember(owner, "viewer");
    const editor = await withMember(owner, "editor");
    const id = await createCheck(owner, httpInput());
    const heartbeatId = await createCheck(owner, checkInput.parse({ name: "Backup", config: { type: "heartbeat", periodSeconds: 60 } }));
    const token = (await getCheck(owner, heartbeatId)).heartbeatToken!;
    const sealedPassword = ((await storedRow(id)).config as { auth: { password: string } }).auth.password;

    const viewerSees = JSON.stringify([await getCheck(viewer, id), await getCheck(viewer, heartbeatId), await listChecks(viewer), await listCheckOptions(viewer)]);
    for (const secret of [PASSWORD, API_KEY, token, sealedPassword, "v1:"]) expect(viewerSees).not.toContain(secret);
    expect((await getCheck(viewer, heartbeatId)).heartbeatToken).toBeNull();
    // The status page form's check picker gets exactly what it renders.
    expect((await listCheckOptions(viewer)).map((option) => Object.keys(option).sort())).toEqual([["id", "name"], ["id", "name"]]);
    await expect(getCheckForEditing(viewer, id)).rejects.toBeInstanceOf(ForbiddenError);

    const editing = await getCheckForEditing(editor, id);
    const formProps = JSON.stringify({ ...editing, initialValues: checkFormValues(editing.check) });
    for (const secret of [PASSWORD, API_KEY, sealedPassword, "v1:"]) expect(formProps).not.toContain(secret);
    expect(checkFormValues(editing.check)).toMatchObject({
      "config.auth.username": "monitor",
      "config.auth.password": KEPT_SECRET,
      "config.headers.1.name": "X-Api-Key",
      "config.headers.1.value": KEPT_SECRET,
    });
    // Editors see the heartbeat URL's token, to copy it into their job.
    expect((await getCheck(editor, heartbeatId)).heartbeatToken).toBe(token);
  });

  it("keep their stored value when the form sends them back unreplaced, and change or go when told", async () => {
    const owner = await createOwnerCtx();
    const id = await createCheck(owner, httpInput());
    const before = (await storedRow(id)).config as { auth: { password: string }; headers: { value: string }[] };

    // The form as served: every secret redacted. Saving it unchanged keeps each stored value.
    await updateCheck(owner, id, checkInput.parse({ ...(await getCheck(owner, id)), config: (await getCheck(owner, id)).config }));
    expect((await storedRow(id)).config).toEqual(before);

    // The first header removed: the kept API key follows its header by name, not by position.
    await updateCheck(owner, id, httpInput({ headers: [{ name: "X-Api-Key", value: KEPT_SECRET }], auth: { type: "basic", username: "monitor", password: "new-password" } }));
    expect(openCheckSecrets((await storedRow(id)).config)).toMatchObject({
      headers: [{ name: "X-Api-Key", value: API_KEY }],
      auth: { password: "new-password" },
    });

    // Clearing is explicit: no authentication and no headers store none.
    await updateCheck(owner, id, httpInput({ headers: [], auth: { type: "" } }));
    const cleared = (await storedRow(id)).config as Record<string, unknown>;
    expect(cleared.auth).toBeUndefined();
    expect(cleared.headers).toEqual([]);

    // Nothing stored to keep: a field error, and nothing written.
    const attempt = updateCheck(owner, id, httpInput({ auth: { type: "bearer", token: KEPT_SECRET } }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { "config.auth.token": [expect.stringMatching(/no saved one/)] } });
    expect((await storedRow(id)).config).toEqual(cleared);
    await expect(createCheck(owner, httpInput({ auth: { type: "basic", username: "u", password: KEPT_SECRET } }))).rejects.toBeInstanceOf(ValidationError);
  });

  it("from before encryption, or under a previous key, are re-sealed with the current key and still work", async () => {
    const owner = await createOwnerCtx();
    const oldKey = randomBytes(32);
    const oldBox = createSecretBox({ current: oldKey, previous: [] });
    const legacyToken = randomBytes(24).toString("base64url");
    await db
      .insert(checks)
      .values([
        {
          workspaceId: owner.workspaceId,
          name: "Sealed under the old key",
          type: "http",
          intervalSeconds: 60,
          config: { type: "http", url: "https://a.example", headers: [{ name: "X-Key", value: oldBox.seal(API_KEY) }], auth: { type: "bearer", token: oldBox.seal("old-token") } },
        },
        {
          workspaceId: owner.workspaceId,
          name: "Plain text from before",
          type: "http",
          intervalSeconds: 60,
          config: { type: "http", url: "https://b.example", headers: [], auth: { type: "basic", username: "u", password: PASSWORD } },
        },
        { workspaceId: owner.workspaceId, name: "Old heartbeat", type: "heartbeat", intervalSeconds: 60, config: { type: "heartbeat", periodSeconds: 60, graceSeconds: 60 }, heartbeatToken: legacyToken },
      ]);
    const ids = (await db.select({ id: checks.id, name: checks.name }).from(checks).where(eq(checks.workspaceId, owner.workspaceId))).sort((a, b) => a.name.localeCompare(b.name));
    const [heartbeat, plain, old] = ids.map(({ id }) => ({ id }));
    if (!heartbeat || !plain || !old) throw new Error("the three checks were not inserted");

    // The process key is the new one; the old key only opens.
    const rotated = createSecretBox({ current: env.PINGPAGE_SECRET_KEY!, previous: [oldKey] });
    await sealStoredSecrets(inject("databaseUrl"), rotated);

    const currentId = keyId(env.PINGPAGE_SECRET_KEY!);
    for (const id of [old.id, plain.id]) {
      const row = await storedRow(id);
      expect(JSON.stringify(row.config)).not.toContain(PASSWORD);
      expect(JSON.stringify(row.config).match(/v1:[\w-]{8}:/g)?.every((prefix) => prefix === `v1:${currentId}:`)).toBe(true);
    }
    expect(openCheckSecrets((await storedRow(old.id)).config)).toMatchObject({ headers: [{ value: API_KEY }], auth: { token: "old-token" } });
    expect(openCheckSecrets((await storedRow(plain.id)).config)).toMatchObject({ auth: { password: PASSWORD } });
    const heartbeatRow = await storedRow(heartbeat.id);
    expect(isSealed(heartbeatRow.heartbeatToken)).toBe(true);
    expect((await getCheck(owner, heartbeat.id)).heartbeatToken).toBe(legacyToken);
    expect((await ping(legacyToken)).status).toBe(200);

    // A second pass changes nothing.
    const snapshot = await Promise.all(ids.map(({ id }) => storedRow(id)));
    await sealStoredSecrets(inject("databaseUrl"), rotated);
    expect(await Promise.all(ids.map(({ id }) => storedRow(id)))).toEqual(snapshot);

    // A server given only some other key cannot open them: it leaves them as they are, counts them
    // and carries on, so one row can never keep the instance from starting.
    const stranger = createSecretBox({ current: randomBytes(32), previous: [] });
    const report = await sealStoredSecrets(inject("databaseUrl"), stranger);
    expect(report.unreadable).toBeGreaterThanOrEqual(3);
    expect(await Promise.all(ids.map(({ id }) => storedRow(id)))).toEqual(snapshot);
  });
});
