import { describe, expect, it } from "vitest";
import { oidcProvider } from "./oauth-providers";

describe("oidcProvider", () => {
  const provider = oidcProvider({ issuer: "https://sso.example.test/realms/main", id: "pingpage", secret: "s3cret", name: "Acme SSO" });

  it("discovers the issuer and checks PKCE, state and the ID token", () => {
    expect(provider).toMatchObject({
      id: "oidc",
      name: "Acme SSO",
      type: "oauth",
      wellKnown: "https://sso.example.test/realms/main/.well-known/openid-configuration",
      idToken: true,
      clientId: "pingpage",
      clientSecret: "s3cret",
    });
    expect(provider.checks).toEqual(expect.arrayContaining(["pkce", "state"]));
  });

  it("maps the standard claims, falling back to the preferred username for a name", () => {
    const profile = provider.profile!({ sub: "u-1", preferred_username: "ada", email: "ada@example.test", email_verified: true }, {});
    expect(profile).toEqual({ id: "u-1", name: "ada", email: "ada@example.test", image: null });
  });
});
