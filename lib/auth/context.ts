import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { dashboardAccess } from "@/lib/services/accounts/verification";
import type { Ctx } from "@/lib/services/context";
import { resolveMembership } from "@/lib/services/workspaces";

export const WORKSPACE_COOKIE = "pp_workspace";

/**
 * The signed-in user's id even before they verify their e-mail, or a redirect to the sign-in page.
 * Only for the pages that let them verify: the verify-email page and invitation acceptance.
 */
export async function requireSignedInUserId(): Promise<string> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) redirect("/signin");
  return session.user.id;
}

/** The signed-in user's id; a user who has not verified their e-mail is sent to do that first. */
export async function requireUserId(): Promise<string> {
  const userId = await requireSignedInUserId();
  // The database, not the session, decides: a session may predate the verification, or outlive a user.
  const access = await dashboardAccess(userId);
  if (access === "sign_in") redirect("/signin");
  if (access === "verify_email") redirect("/verify-email");
  return userId;
}

/** The acting user and their current workspace, re-checked against membership on every call. */
export async function requireCtx(): Promise<Ctx & { workspaceName: string }> {
  const userId = await requireUserId();
  const wanted = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const membership = await resolveMembership(userId, wanted);
  if (!membership) redirect("/workspaces/new");
  return { userId, workspaceId: membership.workspaceId, role: membership.role, workspaceName: membership.name };
}
