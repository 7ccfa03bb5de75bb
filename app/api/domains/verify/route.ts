import { domainInput } from "@/lib/schemas/domain";
import { mayHaveCertificate } from "@/lib/services/domains/verify";

/**
 * Caddy's on_demand_tls `ask` endpoint: 200 lets Caddy obtain a certificate for ?domain= (a
 * verified custom domain, or an existing page's host under PINGPAGE_PAGES_DOMAIN); anything else
 * refuses, so nobody can make the server request certificates for arbitrary names.
 */
export async function GET(request: Request) {
  const parsed = domainInput.safeParse({ hostname: new URL(request.url).searchParams.get("domain") ?? "" });
  if (!parsed.success) return new Response("invalid domain\n", { status: 400 });
  const allowed = await mayHaveCertificate(parsed.data.hostname);
  return new Response(allowed ? "ok\n" : "unknown domain\n", { status: allowed ? 200 : 404 });
}
