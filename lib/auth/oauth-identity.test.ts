import { describe, expect, it } from "vitest";
import { oauthIdentity } from "./oauth-identity";

const account = { provider: "google", providerAccountId: "123" };

describe("oauthIdentity", () => {
  it("trusts the address only when the provider says it verified it", () => {
    expect(oauthIdentity(account, { email: "A@x.test" }, { email_verified: true })).toMatchObject({ email: "a@x.test", emailVerified: true });
    expect(oauthIdentity(account, { email: "a@x.test" }, { email_verified: "true" })?.emailVerified).toBe(true);
    expect(oauthIdentity(account, { email: "a@x.test" }, { email_verified: false })?.emailVerified).toBe(false);
    expect(oauthIdentity(account, { email: "a@x.test" }, { email_verified: "yes" })?.emailVerified).toBe(false);
    expect(oauthIdentity(account, { email: "a@x.test" }, {})?.emailVerified).toBe(false);
    expect(oauthIdentity(account, { email: "a@x.test" }, undefined)?.emailVerified).toBe(false);
  });

  it("has no identity without an address", () => {
    expect(oauthIdentity(account, { email: null }, { email_verified: true })).toBeNull();
    expect(oauthIdentity(account, { email: "" }, { email_verified: true })).toBeNull();
  });
});
