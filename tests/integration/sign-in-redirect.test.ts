import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { localPath } from "@/lib/schemas/callback-url";

const baseUrl = "http://localhost:3000";

describe("redirects after sign-in stay on this site (issue 7, defect 7)", () => {
  const redirect = authOptions.callbacks?.redirect;

  it.each(["/\t/evil.com", "//evil.com", "/\\evil.com", "https://evil.com/", "javascript:alert(1)"])("next-auth sends %j home instead", async (url) => {
    expect(await redirect!({ url, baseUrl })).toBe(`${baseUrl}/checks`);
  });

  it("next-auth keeps local and same-origin targets", async () => {
    expect(await redirect!({ url: "/pages/1?created=1", baseUrl })).toBe(`${baseUrl}/pages/1?created=1`);
    expect(await redirect!({ url: `${baseUrl}/signin`, baseUrl })).toBe(`${baseUrl}/signin`);
  });

  it("the sign-in and sign-up pages read callbackUrl=/%09/evil.com as the default", () => {
    const { callbackUrl } = Object.fromEntries(new URLSearchParams("callbackUrl=/%09/evil.com"));
    expect(localPath.parse(callbackUrl)).toBe("/checks");
    expect(localPath.parse(undefined)).toBe("/checks");
    expect(localPath.parse(["/a", "/b"])).toBe("/checks");
    expect(localPath.parse("/invite/abc")).toBe("/invite/abc");
  });
});
