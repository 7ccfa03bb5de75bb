import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { dashboardAccess } from "@/lib/services/accounts/verification";
import { userCtx, type PersonCtx } from "@/lib/services/context";
import { checkSession } from "@/lib/services/sessions/check";
import type { SessionCtx } from "@/lib/services/sessions/manage";
import { resolveMembership } from "@/lib/services/workspaces";

export const WORKSPACE_COOKIE = "pp_workspace";
export const TWO_FACTOR_PATH = "/signin/two-factor";
/** Where a member of a workspace that requires two-factor authentication goes to set it up. */
export const TWO_FACTOR_SETUP_PATH = "/account/two-factor?required=1";

/** The JWT's user and session, checked against `user_sessions` once per request. */
export const currentSession = cache(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return { status: "signed_out" } as const;
  return checkSession(session.user.id, session.sessionId);
});

/**
 * The signed-in user and their session even before they verify their e-mail, or a redirect to
 * sign-in. Only for the pages that let them verify: the verify-email page and invitation acceptance.
 */
export async function requireSignedInSession(): Promise<SessionCtx & { twoFactorEnabled: boolean }> {
  const state = await currentSession();
  if (state.status === "signed_out") redirect("/signin");
  if (state.status === "needs_two_factor") redirect(TWO_FACTOR_PATH);
  return { userId: state.userId, sessionId: state.sessionId, twoFactorEnabled: state.twoFactorEnabled };
}

export async function requireSignedInUserId(): Promise<string> {
  return (await requireSignedInSession()).userId;
}

/** The signed-in user and their session; a user who has not verified their e-mail is sent to do that first. */
export async function requireSession(): Promise<SessionCtx & { twoFactorEnabled: boolean }> {
  const session = await requireSignedInSession();
  // The database, not the session, decides: a session may predate the verification, or outlive a user.
  const access = await dashboardAccess(session.userId);
  if (access === "sign_in") redirect("/signin");
  if (access === "verify_email") redirect("/verify-email");
  return session;
}

/** The signed-in, verified user's id, or a redirect. */
export async function requireUserId(): Promise<string> {
  return (await requireSession()).userId;
}

/** The acting user and their current workspace, re-checked against membership on every call. */
export async function requireCtx(): Promise<PersonCtx & { workspaceName: string }> {
  const session = await requireSession();
  const wanted = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const membership = await resolveMembership(session.userId, wanted);
  if (!membership) redirect("/workspaces/new");
  if (membership.requireTwoFactor && !session.twoFactorEnabled) redirect(TWO_FACTOR_SETUP_PATH);
  return { ...userCtx(session.userId, membership.workspaceId, membership.role), workspaceName: membership.name };
}
