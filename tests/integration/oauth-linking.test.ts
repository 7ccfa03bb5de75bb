import { eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { accounts, users } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { signUp } from "@/lib/schemas/user";
import { type OAuthIdentity, upsertOAuthUser } from "@/lib/services/accounts/oauth";
import { listSignInMethods, unlinkIdentity } from "@/lib/services/accounts/sign-in-methods";
import { signUpUser } from "@/lib/services/accounts/sign-up";
import { dashboardAccess } from "@/lib/services/accounts/verification";
import { listWorkspaces } from "@/lib/services/workspaces";
import { createUser, uniqueEmail } from "../support/factories";

function google(email: string, emailVerified = true): OAuthIdentity {
  return { provider: "google", providerAccountId: randomUUID(), email, emailVerified, name: "Victim", image: null };
}

async function identitiesOf(userId: string) {
  return db.select().from(accounts).where(eq(accounts.userId, userId));
}

async function usersWith(email: string) {
  return db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
}

describe("OAuth sign-in and account linking", () => {
  it("does not hand a pre-registered, unverified account to the real owner's Google sign-in", async () => {
    const victim = uniqueEmail("victim");
    // The attacker signs up first with the victim's address and never verifies it.
    await signUpUser(signUp.parse({ name: "Attacker", email: victim, password: "attacker password" }), { baseUrl: "http://app.test", transport: "smtp" });
    const [attackerAccount] = await usersWith(victim);

    const outcome = await upsertOAuthUser(google(victim));
    expect(outcome).toEqual({ ok: false, refusal: "account_exists" });
    expect(await identitiesOf(attackerAccount!.id)).toHaveLength(0);
    expect(await usersWith(victim)).toHaveLength(1);
  });

  it("links to an existing account when both the provider and the account verified the address", async () => {
    const email = uniqueEmail("both");
    const existing = await createUser({ email });
    const identity = google(email);

    expect(await upsertOAuthUser(identity)).toEqual({ ok: true, userId: existing.id });
    expect(await identitiesOf(existing.id)).toHaveLength(1);
    // Next time the identity itself signs the user in.
    expect(await upsertOAuthUser({ ...identity, email: "renamed@example.test", emailVerified: false })).toEqual({ ok: true, userId: existing.id });
  });

  it("refuses to link when the provider has not verified the address", async () => {
    const email = uniqueEmail("unverified-provider");
    const existing = await createUser({ email });
    expect(await upsertOAuthUser(google(email, false))).toEqual({ ok: false, refusal: "account_exists" });
    expect(await identitiesOf(existing.id)).toHaveLength(0);
  });

  it("creates no account from an address the provider has not verified", async () => {
    const email = uniqueEmail("nobody");
    expect(await upsertOAuthUser(google(email, false))).toEqual({ ok: false, refusal: "email_unverified" });
    expect(await usersWith(email)).toHaveLength(0);
  });

  it("creates a verified account with its own workspace from a verified address", async () => {
    const email = uniqueEmail("newcomer");
    const outcome = await upsertOAuthUser(google(email));
    if (!outcome.ok) throw new Error("expected a new account");
    expect(await dashboardAccess(outcome.userId)).toBe("allowed");
    expect(await listWorkspaces(outcome.userId)).toEqual([expect.objectContaining({ name: "Victim's workspace", role: "owner" })]);
  });

  it("links any identity the signed-in user asks for, but not one that signs in someone else", async () => {
    const me = await createUser();
    const someoneElse = await createUser();
    const mine = google(uniqueEmail("other-address"), false);
    expect(await upsertOAuthUser(mine, me.id)).toEqual({ ok: true, userId: me.id });

    const theirs = google(uniqueEmail("theirs"));
    await upsertOAuthUser(theirs, someoneElse.id);
    expect(await upsertOAuthUser(theirs, me.id)).toEqual({ ok: false, refusal: "linked_elsewhere" });
    expect(await identitiesOf(me.id)).toHaveLength(1);
  });
});

describe("sign-in methods", () => {
  it("lists linked identities and keeps the last way to sign in", async () => {
    const outcome = await upsertOAuthUser(google(uniqueEmail("oauth-only")));
    if (!outcome.ok) throw new Error("expected a new account");
    const { hasPassword, identities } = await listSignInMethods(outcome.userId);
    expect(hasPassword).toBe(false);
    expect(identities).toEqual([expect.objectContaining({ provider: "google" })]);
    await expect(unlinkIdentity(outcome.userId, identities[0]!.id)).rejects.toBeInstanceOf(ValidationError);

    await upsertOAuthUser({ ...google(uniqueEmail("second")), provider: "github" }, outcome.userId);
    await unlinkIdentity(outcome.userId, identities[0]!.id);
    expect((await listSignInMethods(outcome.userId)).identities).toEqual([expect.objectContaining({ provider: "github" })]);
  });

  it("lets a user with a password unlink their only identity, and nobody unlink another user's", async () => {
    const user = await createUser({ passwordHash: "$argon2id$placeholder" });
    const stranger = await createUser();
    await upsertOAuthUser(google(uniqueEmail("linked")), user.id);
    const [identity] = (await listSignInMethods(user.id)).identities;
    await expect(unlinkIdentity(stranger.id, identity!.id)).rejects.toBeInstanceOf(NotFoundError);
    await unlinkIdentity(user.id, identity!.id);
    expect(await identitiesOf(user.id)).toHaveLength(0);
  });
});
