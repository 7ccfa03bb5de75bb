import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { acceptInvitation, findInvitation } from "@/lib/services/members/accept";
import { inviteMember, listPendingInvitations, revokeInvitation } from "@/lib/services/members/invite";
import { changeMemberRole, listMembers, removeMember } from "@/lib/services/members/manage";
import { listWorkspaces } from "@/lib/services/workspaces";
import { createOwnerCtx, createUser } from "../support/factories";

const APP = "http://app.test";
const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe("inviting collaborators", () => {
  it("lets the invited person join with the role they were given, once", async () => {
    const owner = await createOwnerCtx();
    const guest = await createUser();
    const { link } = await inviteMember(owner, { email: guest.email, role: "editor" }, APP);
    expect(link).toMatch(/^http:\/\/app\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect((await findInvitation(tokenOf(link))).workspaceId).toBe(owner.workspaceId);

    await acceptInvitation(guest.id, tokenOf(link));
    expect(await listWorkspaces(guest.id)).toContainEqual(expect.objectContaining({ workspaceId: owner.workspaceId, role: "editor" }));
    await expect(acceptInvitation(guest.id, tokenOf(link))).rejects.toBeInstanceOf(NotFoundError);
    expect(await listPendingInvitations(owner)).toHaveLength(0);
  });

  it("refuses an invitation accepted by someone else's account", async () => {
    const owner = await createOwnerCtx();
    const invited = await createUser();
    const stranger = await createUser();
    const { link } = await inviteMember(owner, { email: invited.email, role: "viewer" }, APP);
    await expect(acceptInvitation(stranger.id, tokenOf(link))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listWorkspaces(stranger.id)).map((w) => w.workspaceId)).not.toContain(owner.workspaceId);
  });

  it("only lets admins invite, only owners invite admins, and refuses existing members", async () => {
    const owner = await createOwnerCtx();
    await expect(inviteMember({ ...owner, role: "editor" }, { email: "x@example.test", role: "viewer" }, APP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteMember({ ...owner, role: "admin" }, { email: "y@example.test", role: "admin" }, APP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteMember(owner, { email: owner.email, role: "viewer" }, APP)).rejects.toBeInstanceOf(ConflictError);
  });

  it("a revoked invitation no longer works", async () => {
    const owner = await createOwnerCtx();
    const guest = await createUser();
    const { link, invitationId } = await inviteMember(owner, { email: guest.email, role: "viewer" }, APP);
    await revokeInvitation(owner, invitationId);
    await expect(acceptInvitation(guest.id, tokenOf(link))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("managing members", () => {
  it("never removes the last owner, and cannot act on another workspace's members", async () => {
    const owner = await createOwnerCtx();
    const other = await createOwnerCtx();
    await expect(removeMember(owner, owner.userId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(owner, other.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberRole(owner, other.userId, "viewer")).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMembers(other)).map((m) => m.userId)).toEqual([other.userId]);
  });

  it("changes a member's role and removes them", async () => {
    const owner = await createOwnerCtx();
    const guest = await createUser();
    const { link } = await inviteMember(owner, { email: guest.email, role: "viewer" }, APP);
    await acceptInvitation(guest.id, tokenOf(link));
    await changeMemberRole(owner, guest.id, "editor");
    expect((await listMembers(owner)).find((m) => m.userId === guest.id)?.role).toBe("editor");
    await removeMember(owner, guest.id);
    expect((await listMembers(owner)).map((m) => m.userId)).not.toContain(guest.id);
  });
});
