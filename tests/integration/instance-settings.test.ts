import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instanceSettings, users, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { instanceSettingsInput } from "@/lib/schemas/instance-settings";
import { signUpUser } from "@/lib/services/accounts/sign-up";
import { assertMaySignUp } from "@/lib/services/accounts/sign-up-gate";
import { verifyEmailWithToken } from "@/lib/services/accounts/verification";
import { assertProbePolicy } from "@/lib/services/checks/probe-policy";
import { createCheck } from "@/lib/services/checks/create";
import { followPrivateTargets } from "@/lib/services/instance/follow-private-targets";
import { allowPrivateTargets, readInstanceSettings, saveInstanceSettings, signupMode } from "@/lib/services/instance/settings";
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

/**
 * The settings are one row for the whole instance, read by tests running in parallel: changes
 * here last only as long as the read that proves them, and the row is put back afterwards.
 */
async function withSettings<T>(fields: Record<string, unknown>, read: () => Promise<T>): Promise<T> {
  const admin = await instanceAdmin();
  await saveInstanceSettings(admin, settings(fields));
  try {
    return await read();
  } finally {
    await saveInstanceSettings(admin, settings({}));
  }
}

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

  it("are what sign-up, the probe policy and quotas read", async () => {
    expect(await withSettings({ signupMode: "invite_only" }, signupMode)).toBe("invite_only");
    expect(await withSettings({ allowPrivateTargets: true }, allowPrivateTargets)).toBe(true);
    const ctx = await createOwnerCtx();
    expect((await withSettings({ defaultQuotas: { pages: "7" } }, () => quotasOf(db, ctx.workspaceId))).pages).toBe(7);
    expect((await quotasOf(db, ctx.workspaceId)).pages).not.toBe(7);
  });

  it("reach a running worker without a restart", async () => {
    const follower = await followPrivateTargets(20);
    try {
      expect(follower.current()).toBe(false);
      await withSettings({ allowPrivateTargets: true }, () => expect.poll(follower.current, { timeout: 5_000 }).toBe(true));
      await expect.poll(follower.current, { timeout: 5_000 }).toBe(false);
    } finally {
      follower.stop();
    }
  });

  it("names the quota field a bad value belongs to", () => {
    const parsed = instanceSettingsInput.safeParse({ signupMode: "open", defaultQuotas: { minIntervalSeconds: "2" } });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["defaultQuotas", "minIntervalSeconds"], message: "Shortest interval: at least 10" });
  });
});

describe("who may sign up", () => {
  it("closed refuses everyone but the instance's first account; invite-only takes only the invited address", async () => {
    const owner = await createOwnerCtx();
    const invited = uniqueEmail("invited");
    const { link } = await inviteMember(owner, { email: invited, role: "viewer" }, options.baseUrl);
    const token = link.split("/").pop()!;
    await expect(assertMaySignUp(uniqueEmail(), undefined, false, "closed")).rejects.toThrow(/Sign-up is closed/);
    await expect(assertMaySignUp(invited, token, false, "closed")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assertMaySignUp(uniqueEmail(), undefined, true, "closed")).resolves.toBeUndefined();
    await expect(assertMaySignUp(uniqueEmail(), token, false, "invite_only")).rejects.toThrow(/invite-only/);
    await expect(assertMaySignUp(invited.toUpperCase(), token, false, "invite_only")).resolves.toBeUndefined();
  });

  it("from an invitation, with the invited address, joins, verifies and signs in without a mail (issue 14, defect 8)", async () => {
    const owner = await createOwnerCtx();
    const invited = uniqueEmail("invited");
    const { link } = await inviteMember(owner, { email: invited, role: "viewer" }, options.baseUrl);
    const outcome = await signUpUser({ name: "New", email: invited, password: "correct horse battery" }, { ...options, invitation: link.split("/").pop() });

    expect(outcome.signInToken).toBeDefined();
    const user = await verifyEmailWithToken(outcome.signInToken!);
    expect(user.email).toBe(invited);
    const [verified] = await db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, user.id));
    expect(verified?.at).not.toBeNull();
    const members = await db.select({ role: workspaceMembers.role }).from(workspaceMembers).where(eq(workspaceMembers.workspaceId, owner.workspaceId));
    expect(members.map((m) => m.role).sort()).toEqual(["owner", "viewer"]);
  });

  it("from an invitation with another address gets no shortcut", async () => {
    const owner = await createOwnerCtx();
    const { link } = await inviteMember(owner, { email: uniqueEmail("invited"), role: "viewer" }, options.baseUrl);
    const outcome = await signUpUser({ name: "Other", email: uniqueEmail(), password: "correct horse battery" }, { ...options, invitation: link.split("/").pop() });
    expect(outcome.signInToken).toBeUndefined();
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

  it("is accepted where private targets are allowed", async () => {
    await expect(assertProbePolicy(checkInput.parse({ name: "Local", config: { type: "http", url: "http://localhost:8080/" } }).config, true)).resolves.toBeUndefined();
  });
});
