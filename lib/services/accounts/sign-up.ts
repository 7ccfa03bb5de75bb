import "server-only";
import { sql } from "drizzle-orm";
import type { MailTransportKind } from "@/db/schema/email";
import { users, workspaceMembers, workspaces } from "@/db/schema";
import { showsVerificationLinkOnScreen } from "@/lib/accounts/first-user-rule";
import { hashPassword } from "@/lib/auth/password";
import { type Database, db } from "@/lib/db";
import { recordAudit } from "../audit/record";
import { enqueueEmail } from "@/lib/email/enqueue";
import { signUpExistingEmail } from "@/lib/email/messages/sign-up-existing";
import type { SignUp } from "@/lib/schemas/user";
import { acceptInvitation } from "../members/accept";
import { assertMaySignUp, invitedEmail, issueSignInToken } from "./sign-up-gate";
import { issueVerificationLink } from "./verification";
import { createDefaultAlerting } from "../alerts/engine/default-policy";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The same for a new and a taken address, so the answer tells nobody whether an account exists. */
/** `joinedWorkspaceId`: the workspace an invited sign-up joined, which the dashboard should open first. */
export type SignUpOutcome = { email: string; verificationLink: string | null; signInToken?: string; joinedWorkspaceId?: string };

// Any constant works: it only has to be the same in every web process.
const FIRST_USER_LOCK = 7_240_001;

/**
 * A new address gets an unverified account, its workspace and a verification mail. A taken one gets
 * a mail telling its owner that someone tried. Nobody is signed in either way; the password is
 * hashed in both branches so the response time does not tell them apart either.
 */
export async function signUpUser(input: SignUp, options: { baseUrl: string; transport: MailTransportKind; invitation?: string }): Promise<SignUpOutcome> {
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction(async (tx) => {
    const isFirstUser = await claimFirstUser(tx);
    await assertMaySignUp(input.email, options.invitation, isFirstUser);
    const [user] = await tx
      .insert(users)
      // clock_timestamp, not the transaction's start: the first user is the oldest row (isInstanceAdmin).
      .values({ email: input.email, name: input.name, passwordHash, createdAt: sql`clock_timestamp()` })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email });
    if (!user) {
      await enqueueEmail(tx, signUpExistingEmail({ to: input.email, baseUrl: options.baseUrl }));
      return { outcome: { email: input.email, verificationLink: null }, userId: null };
    }
    const [workspace] = await tx.insert(workspaces).values({ name: `${input.name}'s workspace` }).returning({ id: workspaces.id });
    await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user.id, role: "owner" });
    await createDefaultAlerting(tx, workspace!.id);
    const label = `${input.name}'s workspace`;
    await recordAudit(tx, { workspaceId: workspace!.id, userId: user.id }, { action: "workspace.created", target: { type: "workspace", id: workspace!.id, label } });
    const link = await issueVerificationLink(tx, user, options.baseUrl);
    const onScreen = showsVerificationLinkOnScreen({ transport: options.transport, isFirstUser });
    return { outcome: { email: input.email, verificationLink: onScreen ? link : null }, userId: user.id };
  });
  return created.userId ? withInvitation(created.userId, created.outcome, options.invitation) : created.outcome;
}

/** The invitation link reached this mailbox: joining verifies the address, and the user is signed in at once. */
async function withInvitation(userId: string, outcome: SignUpOutcome, invitation: string | undefined): Promise<SignUpOutcome> {
  if (!invitation || (await invitedEmail(invitation)) !== outcome.email.toLowerCase()) return outcome;
  const workspaceId = await acceptInvitation(userId, invitation);
  return { email: outcome.email, verificationLink: null, signInToken: await issueSignInToken(userId), joinedWorkspaceId: workspaceId };
}

/**
 * True when no user exists yet. Two sign-ups racing on an empty instance are serialised by an
 * advisory lock, so only one of them can see the empty table and be shown its link.
 */
async function claimFirstUser(tx: Tx): Promise<boolean> {
  const noUsers = async () => (await tx.execute<{ empty: boolean }>(sql`select not exists (select 1 from ${users}) as empty`)).rows[0]?.empty === true;
  if (!(await noUsers())) return false;
  await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_USER_LOCK})`);
  return noUsers();
}
