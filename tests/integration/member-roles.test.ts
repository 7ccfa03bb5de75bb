import { describe, expect, it } from "vitest";
import { workspaceMembers } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { PersonCtx as Ctx, Role } from "@/lib/services/context";
import { changeMemberRole, listMembers, removeMember } from "@/lib/services/members/manage";
import { createOwnerCtx, createUser } from "../support/factories";

async function addMember(owner: Ctx, role: Role): Promise<Ctx> {
  const user = await createUser();
  await db.insert(workspaceMembers).values({ workspaceId: owner.workspaceId, userId: user.id, role });
  return { userId: user.id, workspaceId: owner.workspaceId, role };
}

const roleOf = async (ctx: Ctx, userId: string) => (await listMembers(ctx)).find((m) => m.userId === userId)?.role;
const owners = async (ctx: Ctx) => (await listMembers(ctx)).filter((m) => m.role === "owner").map((m) => m.userId);

describe("admins and owners", () => {
  it("an admin cannot demote or remove another admin or an owner", async () => {
    const owner = await createOwnerCtx();
    const admin = await addMember(owner, "admin");
    const otherAdmin = await addMember(owner, "admin");
    await expect(changeMemberRole(admin, otherAdmin.userId, "viewer")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(admin, otherAdmin.userId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeMemberRole(admin, owner.userId, "editor")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(admin, owner.userId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(owner, otherAdmin.userId)).toBe("admin");
    expect(await roleOf(owner, owner.userId)).toBe("owner");
  });

  it("an admin still manages editors and viewers, and may leave", async () => {
    const owner = await createOwnerCtx();
    const admin = await addMember(owner, "admin");
    const editor = await addMember(owner, "editor");
    await changeMemberRole(admin, editor.userId, "viewer");
    expect(await roleOf(owner, editor.userId)).toBe("viewer");
    await removeMember(admin, editor.userId);
    await removeMember(admin, admin.userId);
    expect((await listMembers(owner)).map((m) => m.userId)).toEqual([owner.userId]);
  });

  it("an owner demotes admins, makes and unmakes owners, but never the last one", async () => {
    const owner = await createOwnerCtx();
    const admin = await addMember(owner, "admin");
    await changeMemberRole(owner, admin.userId, "owner");
    expect(await owners(owner)).toHaveLength(2);
    await changeMemberRole(owner, admin.userId, "editor");
    expect(await roleOf(owner, admin.userId)).toBe("editor");
    await expect(removeMember(owner, owner.userId)).rejects.toThrow(/at least one owner/);
  });

  it("a demoted owner holding a stale session cannot act as an owner", async () => {
    const owner = await createOwnerCtx();
    const second = await addMember(owner, "owner");
    const admin = await addMember(owner, "admin");
    await changeMemberRole(owner, second.userId, "viewer");
    await expect(removeMember(second, admin.userId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the last-owner guard under concurrency", () => {
  it("two owners demoting each other at once leave exactly one owner", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createOwnerCtx();
      const b = await addMember(a, "owner");
      const results = await Promise.allSettled([changeMemberRole(a, b.userId, "admin"), changeMemberRole(b, a.userId, "admin")]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await owners(a)).toHaveLength(1);
    }
  });

  it("two owners removing each other at once leave exactly one owner", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createOwnerCtx();
      const b = await addMember(a, "owner");
      const results = await Promise.allSettled([removeMember(a, b.userId), removeMember(b, a.userId)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await owners(a)).toHaveLength(1);
    }
  });

  it("two owners leaving at once leave exactly one owner", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createOwnerCtx();
      const b = await addMember(a, "owner");
      await Promise.allSettled([removeMember(a, a.userId), removeMember(b, b.userId)]);
      expect(await owners(a)).toHaveLength(1);
    }
  });
});
