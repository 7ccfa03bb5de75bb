import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { authRouteInput } from "@/lib/auth/auth-route-input";
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

describe("next-auth's route sees only input it handles without a 500", () => {
  const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body });

  it("rewrites a hostile callbackUrl in the query to a local path", async () => {
    const input = await authRouteInput(request("/api/auth/signin?callbackUrl=%2F%09%2Fevil.com&error=%F0%9F%99%82"), ["signin"]);
    expect(input).toBeInstanceOf(NextRequest);
    const url = (input as NextRequest).nextUrl;
    expect(url.searchParams.get("callbackUrl")).toBe("/checks");
    expect(url.searchParams.get("error")).toBe("Default");
  });

  it("drops a callback cookie that leads elsewhere and asks again", async () => {
    const answer = await authRouteInput(request("/api/auth/session", { headers: { cookie: "next-auth.callback-url=javascript:alert(1)" } }), ["session"]);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(307);
    expect((answer as Response).headers.get("set-cookie")).toContain("next-auth.callback-url=; Path=/; Max-Age=0");
  });

  it("answers 422 to a JSON body that does not parse, and 405 to a GET of the credentials callback", async () => {
    const json = await authRouteInput(request("/api/auth/signin", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }), ["signin"]);
    expect((json as Response).status).toBe(422);
    expect(((await authRouteInput(request("/api/auth/callback/credentials"), ["callback", "credentials"])) as Response).status).toBe(405);
  });

  it("passes a sign-in form through unchanged", async () => {
    const body = "email=a%40example.com&password=x&csrfToken=t&callbackUrl=%2Fchecks";
    const input = await authRouteInput(request("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }), ["callback", "credentials"]);
    expect(await (input as NextRequest).text()).toBe(body);
    expect((input as NextRequest).headers.get("content-type")).toBe("application/x-www-form-urlencoded");
  });
});
