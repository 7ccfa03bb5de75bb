import { describe, expect, it } from "vitest";
import { ConflictError, RateLimitedError } from "@/lib/errors";
import { signUp } from "@/lib/schemas/user";
import { signUpUser, verifySignIn } from "@/lib/services/users";
import { listWorkspaces } from "@/lib/services/workspaces";
import { uniqueEmail } from "../support/factories";

describe("sign-up and sign-in", () => {
  it("creates the user with a workspace they own, and signs them in with the same password", async () => {
    const email = uniqueEmail("signup");
    const { userId } = await signUpUser(signUp.parse({ name: "Ada", email, password: "correct horse" }));
    expect(await listWorkspaces(userId)).toEqual([expect.objectContaining({ name: "Ada's workspace", role: "owner" })]);
    expect(await verifySignIn({ email, password: "correct horse" }, "203.0.113.1")).toMatchObject({ id: userId });
    expect(await verifySignIn({ email, password: "wrong" }, "203.0.113.1")).toBeNull();
  });

  it("refuses a second account for the same email in any letter case", async () => {
    const email = uniqueEmail("dupe");
    await signUpUser(signUp.parse({ name: "A", email, password: "password1" }));
    await expect(signUpUser(signUp.parse({ name: "B", email: email.toUpperCase(), password: "password2" }))).rejects.toBeInstanceOf(ConflictError);
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
    const { db } = await import("@/lib/db");
    const { users } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain("plain-text-secret");
  });
});
