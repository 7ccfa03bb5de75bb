import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instanceSettings, users, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { instanceSettingsInput } from "@/lib/schemas/instance-settings";
import { signUpUser } from "@/lib/services/accounts/sign-up";
import { verifyEmailWithToken } from "@/lib/services/accounts/verification";
import { createCheck } from "@/lib/services/checks/create";
import { readInstanceSettings, saveInstanceSettings } from "@/lib/services/instance/settings";
import { quotasOf } from "@/lib/services/limits/quotas";
import { inviteMember } from "@/lib/services/members/invite";
import { createOwnerCtx, createUser, uniqueEmail } from "../support/factories";

/** The instance's first user: the test database is shared and never wiped, so it is whoever came first. */
async function instanceAdmin() {
  const [first] = await db.select({ id: users.id }).from(users).orderBy(asc(users.createdAt), asc(users.id)).limit(1);
  return { userId: first?.id ?? (await createUser()).id };
}

const settings = (fields: Record<string, unknown>) => instanceSettingsInput.parse({ signupMode: "open", defaultQuotas: {}, ...fields });
const options = { baseUrl: "http://localhost:3000", transport: "outbox" as const };
const signUp = (email: string, invitation?: string) => signUpUser({ name: "New", email, password: "correct horse battery" }, { ...options, invitation });

// The settings are one row for the whole instance: put back what was there.
let saved: typeof instanceSettings.$inferSelect | undefined;
beforeAll(async () => {
  [saved] = await db.select().from(instanceSettings).limit(1);
});
afterAll(async () => {
  const restore = { signupMode: saved?.signupMode ?? "open", allowPrivateTargets: saved?.allowPrivateTargets ?? false, defaultQuotas: saved?.defaultQuotas ?? null };
  await db.insert(instanceSettings).values(restore).onConflictDoUpdate({ target: instanceSettings.id, set: restore });
});

describe("instance settings", () => {
  it("only the instance admin reads or changes them", async () => {
    const other = await createUser();
    await expect(readInstanceSettings({ userId: other.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveInstanceSettings({ userId: other.id }, settings({ signupMode: "closed" }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("closed sign-up refuses a new account, invite-only takes only the invited address, and the invitation signs in", async () => {
    const admin = await instanceAdmin();
    const owner = await createOwnerCtx();
    const invited = uniqueEmail("invited");
    const { link } = await inviteMember(owner, { email: invited, role: "viewer" }, options.baseUrl);
    const token = link.split("/").pop()!;

    await saveInstanceSettings(admin, settings({ signupMode: "closed" }));
    await expect(signUp(uniqueEmail())).rejects.toThrow(/Sign-up is closed/);

    await saveInstanceSettings(admin, settings({ signupMode: "invite_only" }));
    await expect(signUp(uniqueEmail())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signUp(uniqueEmail(), token)).rejects.toThrow(/invite-only/);
    const outcome = await signUp(invited, token);
    await saveInstanceSettings(admin, settings({ signupMode: "open" }));

    expect(outcome.signInToken).toBeDefined();
    const user = await verifyEmailWithToken(outcome.signInToken!);
    expect(user.email).toBe(invited);
    const [verified] = await db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, user.id));
    expect(verified?.at).not.toBeNull();
    const memberships = await db.select({ role: workspaceMembers.role }).from(workspaceMembers).where(eq(workspaceMembers.workspaceId, owner.workspaceId));
    expect(memberships.map((m) => m.role).sort()).toEqual(["owner", "viewer"]);
  });

  it("default quotas replace the environment's, and a workspace counts against them", async () => {
    const admin = await instanceAdmin();
    const ctx = await createOwnerCtx();
    await saveInstanceSettings(admin, settings({ defaultQuotas: { pages: "7" } }));
    const quotas = await quotasOf(db, ctx.workspaceId);
    await saveInstanceSettings(admin, settings({}));
    expect(quotas.pages).toBe(7);
    expect((await quotasOf(db, ctx.workspaceId)).pages).not.toBe(7);
  });

  it("names the quota field a bad value belongs to", () => {
    const parsed = instanceSettingsInput.safeParse({ signupMode: "open", defaultQuotas: { minIntervalSeconds: "2" } });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["defaultQuotas", "minIntervalSeconds"], message: "Shortest interval: at least 10" });
  });
});

describe("a check on this machine, in hosted mode (issue 14, defect 3)", () => {
  it.each([
    ["http", { type: "http", url: "http://localhost:8080/" }, "config.url"],
    ["tcp", { type: "tcp", host: "127.0.0.1", port: 5432 }, "config.host"],
  ])("is refused at save time beside the %s target, saying how to allow it", async (_type, config, field) => {
    const ctx = await createOwnerCtx();
    const attempt = createCheck(ctx, checkInput.parse({ name: "Local", config }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors[field]?.[0]).toMatch(/loopback.*Allow private targets.*ALLOW_PRIVATE_TARGETS=true/s);
  });

  it("is saved once the admin allows private targets", async () => {
    const admin = await instanceAdmin();
    const ctx = await createOwnerCtx();
    await saveInstanceSettings(admin, settings({ allowPrivateTargets: true }));
    try {
      await expect(createCheck(ctx, checkInput.parse({ name: "Local", config: { type: "http", url: "http://localhost:8080/" } }))).resolves.toBeTypeOf("string");
    } finally {
      await saveInstanceSettings(admin, settings({}));
    }
  });
});
