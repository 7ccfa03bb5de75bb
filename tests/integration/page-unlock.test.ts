import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { pages } from "@/db/schema";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { setPagePassword } from "@/lib/services/pages/settings";
import { loadPublicPage } from "@/lib/services/status-page/snapshot";
import { unlockPage } from "@/lib/services/status-page/unlock";
import { verifyUnlock } from "@/lib/status-page/unlock";
import { createPageFixture } from "../support/status-page";

describe("password-protected pages", () => {
  it("issues a cookie for the right password only, and a new password invalidates it", async () => {
    const { ctx, page, slug } = await createPageFixture();
    expect(await unlockPage(slug, "anything", "10.0.0.1")).toBeNull();
    await setPagePassword(ctx, page.id, "open sesame 42");
    const [row] = await db.select({ passwordHash: pages.passwordHash }).from(pages).where(eq(pages.id, page.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await unlockPage(slug, "wrong", "10.0.0.1")).toBeNull();
    const cookie = await unlockPage(slug, "open sesame 42", "10.0.0.1");
    expect(cookie?.name).toBe(`pp_unlock_${slug}`);
    const fingerprint = (await loadPublicPage(page.id))!.passwordFingerprint!;
    expect(verifyUnlock(cookie!.value, page.id, fingerprint)).toBe(true);

    await setPagePassword(ctx, page.id, "another password");
    expect(verifyUnlock(cookie!.value, page.id, (await loadPublicPage(page.id))!.passwordFingerprint!)).toBe(false);
  });

  it("locks an address out after ten wrong passwords", async () => {
    const { ctx, page, slug } = await createPageFixture();
    await setPagePassword(ctx, page.id, "open sesame 42");
    for (let i = 0; i < 10; i++) expect(await unlockPage(slug, `guess ${i}`, "10.0.0.9")).toBeNull();
    await expect(unlockPage(slug, "open sesame 42", "10.0.0.9")).rejects.toBeInstanceOf(RateLimitedError);
    expect(await unlockPage(slug, "open sesame 42", "10.0.0.10")).not.toBeNull();
  });
});
