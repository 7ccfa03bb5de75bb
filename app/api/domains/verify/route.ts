import { domainInput } from "@/lib/schemas/domain";
import { isVerifiedDomain } from "@/lib/services/domains/verify";

/**
 * Caddy's on_demand_tls `ask` endpoint: 200 lets Caddy obtain a certificate for ?domain=, anything
 * else refuses, so nobody can make the server request certificates for arbitrary names.
 */
export async function GET(request: Request) {
  const parsed = domainInput.safeParse({ hostname: new URL(request.url).searchParams.get("domain") ?? "" });
  if (!parsed.success) return new Response("invalid domain\n", { status: 400 });
  const verified = await isVerifiedDomain(parsed.data.hostname);
  return new Response(verified ? "ok\n" : "unknown domain\n", { status: verified ? 200 : 404 });
}
