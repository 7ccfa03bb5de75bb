import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { emailVerificationTokens, users } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { signUp } from "@/lib/schemas/user";
import { signUpUser } from "@/lib/services/accounts/sign-up";
import { resendVerification } from "@/lib/services/accounts/resend-verification";
import { dashboardAccess, findVerificationLink, verifyEmailWithToken } from "@/lib/services/accounts/verification";
import { acceptInvitation } from "@/lib/services/members/accept";
import { inviteMember } from "@/lib/services/members/invite";
import { verifySignIn } from "@/lib/services/users";
import { emailsTo, verificationTokenFor } from "../support/emails";

// The action reads the client address set by bin/web.ts; each call comes from a fresh test address.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-pingpage-client-ip": `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}` }),
}));
import { createOwnerCtx, uniqueEmail } from "../support/factories";

const APP = "http://app.test";
// Not the first user of the shared test database, and with real mail: no link is ever shown on screen.
const options = { baseUrl: APP, transport: "smtp" as const };

async function userByEmail(email: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!user) throw new Error(`no user ${email}`);
  return user;
}

describe("sign-up", () => {
  it("creates an unverified account and mails it a verification link, without signing anyone in", async () => {
    const email = uniqueEmail("new");
    const outcome = await signUpUser(signUp.parse({ name: "Ada", email, password: "correct horse" }), options);
    expect(outcome).toEqual({ email, verificationLink: null });
    const user = await userByEmail(email);
    expect(user.emailVerifiedAt).toBeNull();
    expect(await dashboardAccess(user.id)).toBe("verify_email");
    const [mail] = await emailsTo(email, "verify_email");
    expect(mail?.text).toMatch(new RegExp(`^.*${APP}/verify-email/[A-Za-z0-9_-]{43}`, "m"));
  });

  it("answers a taken address exactly like a new one, and tells its owner instead", async () => {
    const taken = uniqueEmail("taken");
    await signUpUser(signUp.parse({ name: "Owner", email: taken, password: "owner password" }), options);
    const fresh = uniqueEmail("fresh");

    const forTaken = await signUpUser(signUp.parse({ name: "Intruder", email: taken.toUpperCase(), password: "intruder password" }), options);
    const forFresh = await signUpUser(signUp.parse({ name: "Newcomer", email: fresh, password: "newcomer password" }), options);

    expect(Object.keys(forTaken)).toEqual(Object.keys(forFresh));
    expect(forTaken).toEqual({ email: taken, verificationLink: null });
    expect(forFresh).toEqual({ email: fresh, verificationLink: null });
    // Nothing about the existing account changed: still one row, still the owner's password.
    expect(await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${taken}`)).toHaveLength(1);
    expect(await verifySignIn({ email: taken, password: "owner password" }, null)).not.toBeNull();
    expect(await verifySignIn({ email: taken, password: "intruder password" }, null)).toBeNull();
    expect(await emailsTo(taken, "sign_up_existing")).toHaveLength(1);
    expect(await emailsTo(taken, "verify_email")).toHaveLength(1);
  });
});

describe("the sign-up form", () => {
  it("returns the same state for a taken address as for a new one", async () => {
    const submit = (name: string, email: string) => {
      const form = new FormData();
      form.set("name", name);
      form.set("email", email);
      form.set("password", "a good password");
      return signUpAction({}, form);
    };
    const taken = uniqueEmail("form-taken");
    await submit("Owner", taken);
    const fresh = uniqueEmail("form-fresh");

    const forTaken = await submit("Intruder", taken);
    const forFresh = await submit("Newcomer", fresh);
    expect(forTaken).toEqual({ sentTo: taken, verificationLink: null });
    expect(forFresh).toEqual({ sentTo: fresh, verificationLink: null });
  });

  it("refuses bad input with a message on the field, and writes nothing", async () => {
    const email = uniqueEmail("short");
    const form = new FormData();
    form.set("name", "Shorty");
    form.set("email", email);
    form.set("password", "short");
    expect((await signUpAction({}, form)).fieldErrors).toEqual({ password: ["Use at least 8 characters"] });
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    expect(await emailsTo(email)).toHaveLength(0);
  });
});

describe("verification links", () => {
  it("verify the address once, and sign in nobody the second time", async () => {
    const email = uniqueEmail("once");
    await signUpUser(signUp.parse({ name: "Once", email, password: "password one" }), options);
    const token = await verificationTokenFor(email);
    expect(await findVerificationLink(token)).toEqual({ email });

    const user = await verifyEmailWithToken(token);
    expect(user.email).toBe(email);
    expect(await dashboardAccess(user.id)).toBe("allowed");
    await expect(verifyEmailWithToken(token)).rejects.toBeInstanceOf(NotFoundError);
    expect(await findVerificationLink(token)).toBeNull();
  });

  it("all stop working once the address is verified, by any of them or by an invitation", async () => {
    const email = uniqueEmail("many");
    await signUpUser(signUp.parse({ name: "Many", email, password: "password many" }), options);
    const first = await verificationTokenFor(email);
    const user = await userByEmail(email);
    await db.update(emailVerificationTokens).set({ createdAt: sql`now() - interval '2 minutes'` }).where(eq(emailVerificationTokens.userId, user.id));
    await resendVerification(user.id, APP);
    const second = await verificationTokenFor(email);
    expect(second).not.toBe(first);

    await verifyEmailWithToken(second);
    await expect(verifyEmailWithToken(first)).rejects.toBeInstanceOf(NotFoundError);

    const owner = await createOwnerCtx();
    const invited = uniqueEmail("invited-with-link");
    await signUpUser(signUp.parse({ name: "Invited", email: invited, password: "password invited" }), options);
    const pending = await verificationTokenFor(invited);
    const { link } = await inviteMember(owner, { email: invited, role: "viewer" }, APP);
    await acceptInvitation((await userByEmail(invited)).id, link.split("/invite/")[1]!);
    await expect(verifyEmailWithToken(pending)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("expire after their time", async () => {
    const email = uniqueEmail("expired");
    await signUpUser(signUp.parse({ name: "Late", email, password: "password two" }), options);
    const token = await verificationTokenFor(email);
    const user = await userByEmail(email);
    await db.update(emailVerificationTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(emailVerificationTokens.userId, user.id));

    expect(await findVerificationLink(token)).toBeNull();
    await expect(verifyEmailWithToken(token)).rejects.toBeInstanceOf(NotFoundError);
    expect(await dashboardAccess(user.id)).toBe("verify_email");
  });

  it("are valid for seven days", async () => {
    const email = uniqueEmail("week");
    await signUpUser(signUp.parse({ name: "Week", email, password: "password three" }), options);
    const user = await userByEmail(email);
    const [row] = await db
      .select({ days: sql<number>`extract(epoch from ${emailVerificationTokens.expiresAt} - ${emailVerificationTokens.createdAt}) / 86400` })
      .from(emailVerificationTokens)
      .where(eq(emailVerificationTokens.userId, user.id));
    expect(Number(row?.days)).toBeCloseTo(7, 2);
  });

  it("can be sent again at most once a minute and ten times a day", async () => {
    const email = uniqueEmail("resend");
    await signUpUser(signUp.parse({ name: "Again", email, password: "password four" }), options);
    const user = await userByEmail(email);
    await expect(resendVerification(user.id, APP)).rejects.toBeInstanceOf(RateLimitedError);

    const age = (interval: string) =>
      db.update(emailVerificationTokens).set({ createdAt: sql`now() - ${interval}::interval` }).where(eq(emailVerificationTokens.userId, user.id));
    await age("2 minutes");
    const resent = await resendVerification(user.id, APP);
    expect(resent).toMatchObject({ status: "sent", email });
    expect(await emailsTo(email, "verify_email")).toHaveLength(2);
    // The newest link works; the first one too, until either is used.
    for (let i = 0; i < 8; i++) {
      await age("2 minutes");
      await resendVerification(user.id, APP);
    }
    await age("2 minutes");
    await expect(resendVerification(user.id, APP)).rejects.toThrow(/Ten links/);
  });

  it("are not sent to an address that is already verified", async () => {
    const email = uniqueEmail("done");
    await signUpUser(signUp.parse({ name: "Done", email, password: "password five" }), options);
    const user = await verifyEmailWithToken(await verificationTokenFor(email));
    expect(await resendVerification(user.id, APP)).toEqual({ status: "already_verified" });
  });
});

describe("invitations", () => {
  it("verify the address of the person who accepts one sent to it", async () => {
    const owner = await createOwnerCtx();
    const email = uniqueEmail("invited");
    await signUpUser(signUp.parse({ name: "Guest", email, password: "guest password" }), options);
    const guest = await userByEmail(email);
    const { link } = await inviteMember(owner, { email, role: "viewer" }, APP);
    expect(await dashboardAccess(guest.id)).toBe("verify_email");

    await acceptInvitation(guest.id, link.split("/invite/")[1]!);
    expect(await dashboardAccess(guest.id)).toBe("allowed");
  });
});

describe("dashboard access", () => {
  it("sends a session whose user no longer exists back to sign-in", async () => {
    expect(await dashboardAccess("00000000-0000-4000-8000-000000000000")).toBe("sign_in");
  });
});
