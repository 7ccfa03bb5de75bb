import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import type { Ctx } from "@/lib/services/context";
import { resolveMembership } from "@/lib/services/workspaces";

export const WORKSPACE_COOKIE = "pp_workspace";

/** The signed-in user's id, or a redirect to the sign-in page. */
export async function requireUserId(): Promise<string> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) redirect("/signin");
  return session.user.id;
}

/** The acting user and their current workspace, re-checked against membership on every call. */
export async function requireCtx(): Promise<Ctx & { workspaceName: string }> {
  const userId = await requireUserId();
  const wanted = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const membership = await resolveMembership(userId, wanted);
  if (!membership) redirect("/workspaces/new");
  return { userId, workspaceId: membership.workspaceId, role: membership.role, workspaceName: membership.name };
}
