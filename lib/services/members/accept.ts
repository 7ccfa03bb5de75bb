import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { invitations, users, workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { markEmailVerified } from "../accounts/verification";
import { hashToken } from "./tokens";
import { recordAudit } from "../audit/record";

/** The pending, unexpired invitation behind a link, or a NotFoundError. */
export async function findInvitation(token: string) {
  const [invitation] = await db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, workspaceId: invitations.workspaceId, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  if (!invitation) throw new NotFoundError("Invitation");
  return invitation;
}

/**
 * Joins the signed-in user to the workspace, when they are the person the invitation was sent to.
 * The link reached that mailbox, so accepting it also verifies the user's address.
 */
export async function acceptInvitation(userId: string, token: string): Promise<string> {
  const invitation = await findInvitation(token);
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user || user.email.toLowerCase() !== invitation.email) {
    throw new ForbiddenError(`This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`);
  }
  await db.transaction(async (tx) => {
    const accepted = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (accepted.length === 0) throw new NotFoundError("Invitation");
    const joined = await tx
      .insert(workspaceMembers)
      .values({ workspaceId: invitation.workspaceId, userId, role: invitation.role })
      .onConflictDoNothing()
      .returning({ userId: workspaceMembers.userId });
    const target = { type: "member" as const, id: userId, label: user.email };
    if (joined.length) await recordAudit(tx, { workspaceId: invitation.workspaceId, userId }, { action: "member.joined", target, changes: [{ field: "role", after: invitation.role }] });
    await markEmailVerified(tx, userId);
  });
  return invitation.workspaceId;
}
