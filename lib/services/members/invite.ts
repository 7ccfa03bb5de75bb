import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, users, workspaceMembers, workspaces } from "@/db/schema";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue";
import { invitationEmail } from "@/lib/email/messages/invitation";
import { mailTransportKind } from "@/lib/email/transport";
import { ConflictError } from "@/lib/errors";
import type { InvitationInput } from "@/lib/schemas/member";
import { assertRole, type PersonCtx as Ctx } from "../context";
import { takeInvitationAttempt } from "../limits/attempts";
import { assertRoomForMember } from "../limits/quotas";
import { recordAudit } from "../audit/record";
import { newToken } from "./tokens";

const VALID_DAYS = 7;

/** `emailed` is false when mail only reaches the dev outbox: then the inviter shares the link. */
export type InviteResult = { invitationId: string; link: string; emailed: boolean };

/** Invites an e-mail address to the workspace; a new invitation replaces a pending one. */
export async function inviteMember(ctx: Ctx, input: InvitationInput, appUrl: string): Promise<InviteResult> {
  assertRole(ctx, "admin");
  if (input.role === "admin") assertRole(ctx, "owner");
  const [member] = await db
    .select({ id: users.id })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspaceId), sql`lower(${users.email}) = ${input.email}`));
  if (member) throw new ConflictError("Already a member", { email: ["This person is already a member of the workspace"] });
  await takeInvitationAttempt(ctx.workspaceId, ctx.userId);

  const { token, hash } = newToken();
  const link = `${appUrl.replace(/\/$/, "")}/invite/${token}`;
  // The mail is queued in the invitation's transaction: no invitation, no mail, and vice versa.
  const invitationId = await db.transaction(async (tx) => {
    await tx
      .delete(invitations)
      .where(and(eq(invitations.workspaceId, ctx.workspaceId), eq(invitations.email, input.email), isNull(invitations.acceptedAt)));
    await assertRoomForMember(tx, ctx.workspaceId);
    const [row] = await tx
      .insert(invitations)
      .values({
        workspaceId: ctx.workspaceId,
        email: input.email,
        role: input.role,
        tokenHash: hash,
        invitedBy: ctx.userId,
        expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
      })
      .returning({ id: invitations.id });
    const [workspace] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId));
    await enqueueEmail(
      tx,
      invitationEmail({ to: input.email, workspaceName: workspace?.name ?? "", role: input.role, link, validDays: VALID_DAYS }),
    );
    await recordAudit(tx, ctx, { action: "invitation.sent", target: { type: "invitation", id: row!.id, label: input.email }, changes: [{ field: "role", after: input.role }] });
    return row!.id;
  });
  const emailed = (await mailTransportKind()) !== "outbox";
  return { invitationId, link, emailed };
}

export async function listPendingInvitations(ctx: Ctx) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, ctx.workspaceId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
}

export async function revokeInvitation(ctx: Ctx, invitationId: string): Promise<void> {
  assertRole(ctx, "admin");
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, ctx.workspaceId)))
      .returning({ email: invitations.email });
    if (revoked) await recordAudit(tx, ctx, { action: "invitation.revoked", target: { type: "invitation", id: invitationId, label: revoked.email } });
  });
}
