"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, runAction } from "@/lib/action-result";
import { requireSignedInUserId, WORKSPACE_COOKIE } from "@/lib/auth/context";
import { invitationToken } from "@/lib/schemas/member";
import { acceptInvitation } from "@/lib/services/members/accept";

export async function acceptInvitationAction(token: string, _prev: ActionState): Promise<ActionState> {
  return runAction("acceptInvitationAction", async () => {
    const userId = await requireSignedInUserId();
    const parsed = invitationToken.safeParse(token);
    if (!parsed.success) return { message: "This invitation link is not valid." };
    const workspaceId = await acceptInvitation(userId, parsed.data);
    (await cookies()).set(WORKSPACE_COOKIE, workspaceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    redirect("/checks");
  });
}
