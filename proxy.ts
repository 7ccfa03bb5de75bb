import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/** Sends visitors without a session to sign-in before any dashboard page renders. */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const url = new URL("/signin", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/checks/:path*", "/pages/:path*", "/workspaces/:path*", "/settings/:path*"],
};
