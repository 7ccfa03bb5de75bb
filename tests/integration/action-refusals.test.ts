import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { checks, workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import type { Ctx, Role } from "@/lib/services/context";
import { createUser } from "../support/factories";
import { createPageFixture } from "../support/status-page";

/**
 * Bare buttons (pause, delete, remove, revoke) used to throw when the service refused, so a viewer
 * got the error page. Each now answers with the reason, and writes nothing.
 */
const session = vi.hoisted(() => ({ ctx: null as (Ctx & { workspaceName: string }) | null }));
vi.mock("@/lib/auth/context", async (original) => ({
  ...(await original<typeof import("@/lib/auth/context")>()),
  requireCtx: async () => session.ctx!,
}));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));
// The request's cookie jar, where a successful delete leaves its flash notice.
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  const cookies = { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: (name: string, value: string) => void jar.set(name, value), delete: (name: string) => void jar.delete(name) };
  return { cookies: async () => cookies, headers: async () => new Headers() };
});

const { deleteCheckAction, togglePauseAction } = await import("@/app/(dashboard)/checks/actions");
const { removeMemberAction } = await import("@/app/(dashboard)/settings/members/actions");
const { deleteIncidentAction } = await import("@/app/(dashboard)/pages/[id]/incidents/actions");

async function memberOf(owner: Ctx, role: Role) {
  const user = await createUser();
  await db.insert(workspaceMembers).values({ workspaceId: owner.workspaceId, userId: user.id, role });
  return { userId: user.id, workspaceId: owner.workspaceId, role, workspaceName: "Test Workspace" };
}

describe("a refused bare-button action", () => {
  it("tells a viewer who presses Pause why, and leaves the check running", async () => {
    const { ctx: owner, components } = await createPageFixture();
    const checkId = components[0]!.checkId;
    session.ctx = await memberOf(owner, "viewer");
    const state = await togglePauseAction(checkId, true, {}, new FormData());
    expect(state.message).toBe("This needs the editor role or higher");
    const [check] = await db.select({ paused: checks.paused }).from(checks).where(eq(checks.id, checkId));
    expect(check!.paused).toBe(false);
  });

  it("tells a viewer who presses Delete why, and keeps the check", async () => {
    const { ctx: owner, components } = await createPageFixture();
    const checkId = components[0]!.checkId;
    session.ctx = await memberOf(owner, "viewer");
    expect((await deleteCheckAction(checkId, {}, new FormData())).message).toBe("This needs the editor role or higher");
    expect(await db.select({ id: checks.id }).from(checks).where(eq(checks.id, checkId))).toHaveLength(1);
  });

  it("answers a malformed id with a message, not a crash", async () => {
    const { ctx: owner } = await createPageFixture();
    session.ctx = { ...owner, workspaceName: "Test Workspace" };
    expect((await togglePauseAction("not-a-uuid", true, {}, new FormData())).message).toEqual(expect.any(String));
  });

  it("tells an editor who tries to remove a member why", async () => {
    const { ctx: owner } = await createPageFixture();
    const viewer = await memberOf(owner, "viewer");
    session.ctx = await memberOf(owner, "editor");
    expect((await removeMemberAction(viewer.userId, {}, new FormData())).message).toBe("This needs the admin role or higher");
  });

  it("still redirects when the action succeeds", async () => {
    const { ctx: owner, components } = await createPageFixture();
    session.ctx = { ...owner, workspaceName: "Test Workspace" };
    await expect(deleteCheckAction(components[0]!.checkId, {}, new FormData())).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });

  it("tells a viewer who deletes an incident why", async () => {
    const { ctx: owner, page } = await createPageFixture();
    session.ctx = await memberOf(owner, "viewer");
    const state = await deleteIncidentAction(page.id, crypto.randomUUID(), {}, new FormData());
    expect(state.message).toBe("This needs the editor role or higher");
  });
});
