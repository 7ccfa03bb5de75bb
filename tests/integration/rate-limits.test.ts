import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { RateLimitedError } from "@/lib/errors";
import { clearSignInLockout } from "@/lib/services/limits/attempts";
import { pruneRateLimits, takeAttempt } from "@/lib/services/limits/rate-limit";
import { setPagePassword } from "@/lib/services/pages/settings";
import { unlockPage } from "@/lib/services/status-page/unlock";
import { verifySignIn } from "@/lib/services/users";
import { createUser, uniqueEmail } from "../support/factories";
import { createPageFixture } from "../support/status-page";

/** Fires every call at once; counts answers and refusals. */
async function inParallel<T>(n: number, call: (i: number) => Promise<T>) {
  const settled = await Promise.allSettled(Array.from({ length: n }, (_, i) => call(i)));
  const refused = settled.filter((s) => s.status === "rejected" && s.reason instanceof RateLimitedError).length;
  const unexpected = settled.filter((s) => s.status === "rejected" && !(s.reason instanceof RateLimitedError));
  if (unexpected.length) throw (unexpected[0] as PromiseRejectedResult).reason;
  return { answered: n - refused, refused };
}

describe("attempt counters", () => {
  it("let exactly the limit through when attempts arrive together", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => takeAttempt([{ key, max: 5, windowSeconds: 60 }])));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.find((r) => !r.allowed)?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuse when any one of several limits is spent, and start over once the window has passed", async () => {
    const narrow = { key: `test:${randomUUID()}`, max: 1, windowSeconds: 1 };
    const wide = { key: `test:${randomUUID()}`, max: 100, windowSeconds: 60 };
    expect((await takeAttempt([narrow, wide])).allowed).toBe(true);
    expect((await takeAttempt([wide, narrow])).allowed).toBe(false);
    await expect.poll(async () => (await takeAttempt([narrow])).allowed, { timeout: 5_000, interval: 300 }).toBe(true);
  });

  it("are pruned once their window has passed", async () => {
    const key = `test:${randomUUID()}`;
    await takeAttempt([{ key, max: 1, windowSeconds: 1 }]);
    expect(await pruneRateLimits(new Date(Date.now() + 2_000))).toBeGreaterThanOrEqual(1);
    expect((await takeAttempt([{ key, max: 1, windowSeconds: 60 }])).allowed).toBe(true);
  });
});

describe("sign-in limits", () => {
  it("let at most five of twenty parallel guesses at one account reach the password check", async () => {
    const email = uniqueEmail("parallel");
    await createUser({ email, passwordHash: await hashPassword("the-password") });
    const { answered, refused } = await inParallel(20, (i) => verifySignIn({ email, password: `guess-${i}` }, `198.51.100.${i}`));
    expect(answered).toBe(5);
    expect(refused).toBe(15);
  });

  it("hold from every address together, and a right password clears the account's failures", async () => {
    const email = uniqueEmail("reset");
    const user = await createUser({ email, passwordHash: await hashPassword("the-password") });
    for (let i = 0; i < 4; i++) expect(await verifySignIn({ email, password: `guess-${i}` }, `203.0.113.${i}`)).toBeNull();
    expect(await verifySignIn({ email, password: "the-password" }, "203.0.113.50")).toMatchObject({ id: user.id });
    for (let i = 0; i < 5; i++) expect(await verifySignIn({ email, password: `again-${i}` }, `203.0.113.${i}`)).toBeNull();
    await expect(verifySignIn({ email, password: "the-password" }, "192.0.2.1")).rejects.toThrow(/reset your password/);
  });

  it("can be lifted by password reset (clearSignInLockout)", async () => {
    const email = uniqueEmail("locked");
    const user = await createUser({ email, passwordHash: await hashPassword("the-password") });
    for (let i = 0; i < 5; i++) await verifySignIn({ email, password: `guess-${i}` }, null);
    await expect(verifySignIn({ email, password: "the-password" }, null)).rejects.toBeInstanceOf(RateLimitedError);
    await clearSignInLockout(email.toUpperCase());
    expect(await verifySignIn({ email, password: "the-password" }, null)).toMatchObject({ id: user.id });
  });

  it("limit one address across many accounts", async () => {
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
    const { answered } = await inParallel(35, () => verifySignIn({ email: uniqueEmail("spray"), password: "Winter2026!" }, ip));
    expect(answered).toBe(30);
  });
});

describe("page password limits", () => {
  it("let at most ten of twenty parallel guesses from one address reach the password check", async () => {
    const { ctx, page, slug } = await createPageFixture();
    await setPagePassword(ctx, page.id, "open sesame 42");
    const { answered, refused } = await inParallel(20, (i) => unlockPage(slug, `guess ${i}`, "203.0.113.77"));
    expect(answered).toBe(10);
    expect(refused).toBe(10);
  });

  it("limit a page from all addresses together", async () => {
    const { ctx, page, slug } = await createPageFixture();
    await setPagePassword(ctx, page.id, "open sesame 42");
    const { answered } = await inParallel(60, (i) => unlockPage(slug, `guess ${i}`, `192.0.2.${i}`));
    expect(answered).toBe(50);
    await expect(unlockPage(slug, "open sesame 42", "198.51.100.200")).rejects.toBeInstanceOf(RateLimitedError);
  });
});
