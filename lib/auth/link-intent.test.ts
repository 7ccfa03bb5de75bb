import { describe, expect, it } from "vitest";
import { readLinkIntent, signLinkIntent } from "./link-intent";

const secret = "a-secret-of-sixteen-chars";
const user = "6f1c1f0e-8a8e-4d59-9a2c-3d0f4b1f2a10";

describe("link intent", () => {
  it("names the user for the provider it was made for, until it expires", () => {
    const cookie = signLinkIntent(secret, user, "github", 1_000);
    expect(readLinkIntent(secret, cookie, "github", 2_000)).toBe(user);
    expect(readLinkIntent(secret, cookie, "google", 2_000)).toBeNull();
    expect(readLinkIntent(secret, cookie, "github", 1_000 + 10 * 60 * 1000)).toBeNull();
  });

  it("refuses a forged or altered cookie", () => {
    const cookie = signLinkIntent(secret, user, "github", 1_000);
    expect(readLinkIntent("another-secret-value", cookie, "github", 2_000)).toBeNull();
    const other = "00000000-0000-4000-8000-000000000000";
    expect(readLinkIntent(secret, cookie.replace(user, other), "github", 2_000)).toBeNull();
    expect(readLinkIntent(secret, undefined, "github", 2_000)).toBeNull();
    expect(readLinkIntent(secret, "garbage", "github", 2_000)).toBeNull();
  });
});
