import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { signUp, type SignUp } from "@/lib/schemas/user";
import { signUpUser as signUpService } from "@/lib/services/accounts/sign-up";
import { verifySignIn } from "@/lib/services/users";
import { listWorkspaces } from "@/lib/services/workspaces";
import { uniqueEmail } from "../support/factories";

/** Signs up with mail "sent" for real, and returns the id of the account that holds the address. */
async function signUpUser(input: SignUp): Promise<{ userId: string }> {
  await signUpService(input, { baseUrl: "http://app.test", transport: "smtp" });
  const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
  return { userId: user!.id };
}

describe("sign-up and sign-in", () => {
  it("creates the user with a workspace they own, and signs them in with the same password", async () => {
    const email = uniqueEmail("signup");
    const { userId } = await signUpUser(signUp.parse({ name: "Ada", email, password: "correct horse" }));
    expect(await listWorkspaces(userId)).toEqual([expect.objectContaining({ name: "Ada's workspace", role: "owner" })]);
    expect(await verifySignIn({ email, password: "correct horse" }, "203.0.113.1")).toMatchObject({ id: userId });
    expect(await verifySignIn({ email, password: "wrong" }, "203.0.113.1")).toBeNull();
  });

  it("creates no second account for the same email in any letter case", async () => {
    const email = uniqueEmail("dupe");
    const { userId } = await signUpUser(signUp.parse({ name: "A", email, password: "password1" }));
    expect(await signUpUser(signUp.parse({ name: "B", email: email.toUpperCase(), password: "password2" }))).toEqual({ userId });
    expect(await verifySignIn({ email, password: "password2" }, "203.0.113.2")).toBeNull();
  });

  it("rate limits repeated failures for an email, even with the right password afterwards", async () => {
    const email = uniqueEmail("brute");
    await signUpUser(signUp.parse({ name: "C", email, password: "the-password" }));
    for (let i = 0; i < 5; i++) expect(await verifySignIn({ email, password: `guess-${i}` }, null)).toBeNull();
    await expect(verifySignIn({ email, password: "the-password" }, null)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("stores only an argon2 hash of the password", async () => {
    const email = uniqueEmail("hash");
    const { userId } = await signUpUser(signUp.parse({ name: "D", email, password: "plain-text-secret" }));
    const [row] = await db.select().from(users).where(sql`${users.id} = ${userId}`);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain("plain-text-secret");
  });
});
