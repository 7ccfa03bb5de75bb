import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checks, workspaceQuotas } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ConflictError, RateLimitedError, ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { pageInput } from "@/lib/schemas/page";
import { createCheck } from "@/lib/services/checks/create";
import { updateCheck } from "@/lib/services/checks/update";
import type { PersonCtx as Ctx } from "@/lib/services/context";
import { takeSignUpAttempt } from "@/lib/services/limits/attempts";
import { workspaceUsage } from "@/lib/services/limits/quotas";
import { inviteMember } from "@/lib/services/members/invite";
import { createPage } from "@/lib/services/pages/write";
import { createWorkspace } from "@/lib/services/workspaces";
import { createOwnerCtx, uniqueEmail } from "../support/factories";

const APP = "http://app.test";

const checkFor = (fields: Record<string, unknown> = {}) =>
  checkInput.parse({ name: "API", intervalSeconds: 60, config: { type: "http", url: "https://example.com", method: "GET" }, ...fields });

async function limitWorkspace(ctx: Ctx, quotas: Partial<typeof workspaceQuotas.$inferInsert>) {
  await db.insert(workspaceQuotas).values({ workspaceId: ctx.workspaceId, ...quotas });
}

const checkCount = async (ctx: Ctx) => (await db.select({ n: count() }).from(checks).where(eq(checks.workspaceId, ctx.workspaceId)))[0]!.n;

describe("workspace quotas", () => {
  it("refuse a check past the workspace's limit with a message that says what to do, writing nothing", async () => {
    const ctx = await createOwnerCtx();
    await limitWorkspace(ctx, { checks: 2 });
    await createCheck(ctx, checkFor());
    await createCheck(ctx, checkFor());
    await expect(createCheck(ctx, checkFor())).rejects.toThrow("This workspace can have 2 checks; delete one or ask your operator to raise the limit.");
    expect(await checkCount(ctx)).toBe(2);
  });

  it("hold when checks are created in parallel", async () => {
    const ctx = await createOwnerCtx();
    await limitWorkspace(ctx, { checks: 5 });
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => createCheck(ctx, checkFor())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof ConflictError)).toBe(true);
    expect(await checkCount(ctx)).toBe(5);
  });

  it("refuse a shorter interval or more regions than allowed, naming the field, on create and on update", async () => {
    const ctx = await createOwnerCtx();
    await limitWorkspace(ctx, { minIntervalSeconds: 300, regionsPerCheck: 2 });
    const tooOften = createCheck(ctx, checkFor({ intervalSeconds: 60 }));
    await expect(tooOften).rejects.toBeInstanceOf(ValidationError);
    await expect(tooOften).rejects.toMatchObject({ fieldErrors: { intervalSeconds: [expect.stringContaining("every 300 seconds")] } });
    await expect(createCheck(ctx, checkFor({ intervalSeconds: 300, regions: "eu,us,ap" }))).rejects.toMatchObject({
      fieldErrors: { regions: [expect.stringContaining("at most 2 regions")] },
    });
    const id = await createCheck(ctx, checkFor({ intervalSeconds: 300, regions: "eu,us" }));
    await expect(updateCheck(ctx, id, checkFor({ intervalSeconds: 30 }))).rejects.toBeInstanceOf(ValidationError);
    expect(await checkCount(ctx)).toBe(1);
  });

  it("refuse a status page past the limit", async () => {
    const ctx = await createOwnerCtx();
    await limitWorkspace(ctx, { pages: 1 });
    await createPage(ctx, pageInput.parse({ name: "One", slug: `one-${randomUUID().slice(0, 8)}`, checkIds: [] }));
    await expect(createPage(ctx, pageInput.parse({ name: "Two", slug: `two-${randomUUID().slice(0, 8)}`, checkIds: [] }))).rejects.toThrow(/can have 1 status page;/);
  });

  it("count pending invitations as members, but a renewed invitation only once", async () => {
    const ctx = await createOwnerCtx();
    await limitWorkspace(ctx, { members: 3 });
    const first = uniqueEmail("first");
    await inviteMember(ctx, { email: first, role: "viewer" }, APP);
    await inviteMember(ctx, { email: uniqueEmail("second"), role: "viewer" }, APP);
    await expect(inviteMember(ctx, { email: uniqueEmail("third"), role: "viewer" }, APP)).rejects.toThrow(/can have 3 members, pending invitations included/);
    await inviteMember(ctx, { email: first, role: "editor" }, APP);
  });

  it("shows what the workspace uses of each limit", async () => {
    const ctx = await createOwnerCtx();
    await limitWorkspace(ctx, { checks: 7 });
    await createCheck(ctx, checkFor());
    expect(await workspaceUsage(ctx)).toEqual({
      quotas: { checks: 7, pages: env.QUOTA_PAGES, members: env.QUOTA_MEMBERS, minIntervalSeconds: env.QUOTA_MIN_INTERVAL_SECONDS, regionsPerCheck: env.QUOTA_REGIONS_PER_CHECK },
      used: { checks: 1, pages: 0, members: 1 },
    });
  });
});

describe("account quotas", () => {
  it("limit the workspaces one user owns", async () => {
    const ctx = await createOwnerCtx();
    for (let i = 1; i < env.QUOTA_WORKSPACES_PER_USER; i++) await createWorkspace(ctx.userId, { name: `Workspace ${i}` });
    await expect(createWorkspace(ctx.userId, { name: "One too many" })).rejects.toThrow(`You can own ${env.QUOTA_WORKSPACES_PER_USER} workspaces`);
  });

  it("limit sign-ups from one address per hour", async () => {
    const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < env.QUOTA_SIGNUPS_PER_HOUR; i++) await takeSignUpAttempt(ip);
    await expect(takeSignUpAttempt(ip)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("limit invitations per inviter and per workspace each hour", async () => {
    const ctx = await createOwnerCtx();
    const send = (as: Ctx) => inviteMember(as, { email: uniqueEmail("invitee"), role: "viewer" }, APP);
    for (let i = 0; i < env.QUOTA_INVITATIONS_PER_INVITER_PER_HOUR; i++) await send(ctx);
    await expect(send(ctx)).rejects.toThrow(/Too many invitations/);
    // Other admins have allowances of their own, until the workspace's is spent (the refused try counted too).
    const freshInviter = async () => ({ ...ctx, userId: (await createOwnerCtx()).userId });
    let inviter = await freshInviter();
    for (let sent = env.QUOTA_INVITATIONS_PER_INVITER_PER_HOUR + 1; sent < env.QUOTA_INVITATIONS_PER_HOUR; sent++) {
      if (sent % env.QUOTA_INVITATIONS_PER_INVITER_PER_HOUR === 0) inviter = await freshInviter();
      await send(inviter);
    }
    await expect(send(await freshInviter())).rejects.toThrow(/Too many invitations/);
  });
});
