"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { parseForm } from "@/lib/parse-form";
import { invitationInput, memberRole } from "@/lib/schemas/member";
import { inviteMember, revokeInvitation } from "@/lib/services/members/invite";
import { changeMemberRole, removeMember } from "@/lib/services/members/manage";

export type InviteState = ActionState & { link?: string; emailed?: boolean };

const PATH = "/settings/members";

export async function inviteAction(_prev: InviteState, formData: FormData): Promise<InviteState> {
  return runAction("inviteAction", async (): Promise<InviteState> => {
    const ctx = await requireCtx();
    const parsed = parseForm(invitationInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error), values: formValues(formData) };
    const result = await inviteMember(ctx, parsed.data, env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`);
    revalidatePath(PATH);
    return { link: result.link, emailed: result.emailed, values: { email: parsed.data.email } };
  }, formValues(formData));
}

const id = z.string().uuid();

export async function revokeInvitationAction(invitationId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("revokeInvitationAction", async () => {
    const ctx = await requireCtx();
    await revokeInvitation(ctx, argument(id, invitationId));
    revalidatePath(PATH);
  });
}

export async function removeMemberAction(userId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("removeMemberAction", async () => {
    const ctx = await requireCtx();
    await removeMember(ctx, argument(id, userId));
    revalidatePath(PATH);
  });
}

export async function changeRoleAction(userId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("changeRoleAction", async () => {
    const ctx = await requireCtx();
    await changeMemberRole(ctx, argument(id, userId), argument(memberRole, formData.get("role")));
    revalidatePath(PATH);
  });
}
