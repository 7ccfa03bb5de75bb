import { NextRequest } from "next/server";
import { ValidationError } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";
import { safeRedirectPath } from "@/lib/routing/safe-redirect";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];
/** next-auth's error codes are single words; anything else would reach a Location header raw. */
const ERROR_CODE = /^[A-Za-z]{1,64}$/;

/**
 * The request next-auth's route handler may see, or the answer to give instead. next-auth answers
 * 500 to a callbackUrl it cannot parse (query or cookie), to a JSON body that does not parse, and
 * throws on a non-Latin-1 `error`, and answers 500 to a GET of the credentials callback; here those
 * become a local callbackUrl, a 422, "Default" or a 405.
 */
export async function authRouteInput(request: NextRequest, segments: string[] | undefined): Promise<NextRequest | Response> {
  if (request.method !== "POST" && segments?.[0] === "callback" && segments[1] === "credentials") {
    return new Response("Sign in with a POST from the sign-in form.\n", { status: 405, headers: { allow: "POST" } });
  }
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null) url.searchParams.set("callbackUrl", safeRedirectPath(callbackUrl, url.origin));
  const error = url.searchParams.get("error");
  if (error !== null && !ERROR_CODE.test(error)) url.searchParams.set("error", "Default");

  const badCookie = CALLBACK_COOKIES.find((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && safeRedirectPath(value, url.origin, "") === "";
  });
  if (badCookie) {
    // cookies() reads the original request, so the cookie cannot be rewritten: drop it and ask again.
    const retry = new Response(null, { status: 307, headers: { location: url.toString() } });
    retry.headers.append("set-cookie", `${badCookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${badCookie.startsWith("__Secure-") ? "; Secure" : ""}`);
    return retry;
  }

  let body: string | undefined;
  if (request.method === "POST") {
    body = await request.text();
    if (request.headers.get("content-type")?.includes("application/json")) {
      try {
        JSON.parse(body);
      } catch {
        return problemResponse(new ValidationError("The request body is not valid JSON."), "auth");
      }
    }
  }
  return new NextRequest(url, { method: request.method, headers: request.headers, body: body || undefined });
}
