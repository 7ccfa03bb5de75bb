import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authRouteInput } from "@/lib/auth/auth-route-input";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

async function auth(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const input = await authRouteInput(request, (await context.params).nextauth);
  return input instanceof Response ? input : handler(input, context);
}

export { auth as GET, auth as POST };
