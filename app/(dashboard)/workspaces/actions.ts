"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireUserId, WORKSPACE_COOKIE } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { workspaceInput } from "@/lib/schemas/workspace";
import { createWorkspace, resolveMembership } from "@/lib/services/workspaces";

const cookieOptions = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: 60 * 60 * 24 * 365 };

export async function createWorkspaceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createWorkspaceAction", async () => {
    const userId = await requireUserId();
    const parsed = parseForm(workspaceInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error), values: formValues(formData) };
    const workspaceId = await createWorkspace(userId, parsed.data);
    (await cookies()).set(WORKSPACE_COOKIE, workspaceId, cookieOptions);
    redirect("/checks");
  }, formValues(formData));
}

/** Switches only to a workspace the user belongs to; anything else falls back to their first. */
export async function switchWorkspaceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("switchWorkspaceAction", async () => {
    const userId = await requireUserId();
    const wanted = z.string().uuid().safeParse(formData.get("workspaceId"));
    const membership = await resolveMembership(userId, wanted.success ? wanted.data : undefined);
    if (membership) (await cookies()).set(WORKSPACE_COOKIE, membership.workspaceId, cookieOptions);
    redirect("/checks");
  });
}
