import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { z } from "zod";
import { HtmlCache } from "@/lib/cache/html-cache";
import { htmlCacheFront } from "@/lib/cache/html-cache-front";
import { registerHtmlCachePurge } from "@/lib/cache/html-cache-purge";
import { env } from "@/lib/env";
import { parseTrustedProxies, withClientAddress } from "@/lib/net/client-address";

/**
 * The production web process (what `npm start` runs instead of `next start`): Next's own request
 * handler behind the status-page HTML cache (see README, "Status pages: caching"). Next's request
 * pipeline costs about 1 ms per request even for a static file; a cached page costs a write.
 * Usage: node --import tsx bin/web.ts [--hostname 127.0.0.1]; the port is PORT.
 */
const { hostname } = z
  .object({ hostname: z.string().min(1, "--hostname: an address to listen on").optional() })
  .parse(parseArgs({ options: { hostname: { type: "string", short: "H" } } }).values);

async function main(): Promise<void> {
  if (env.NODE_ENV !== "production") throw new Error("bin/web.ts serves a production build: set NODE_ENV=production (`npm start` does)");
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port: env.PORT });
  await app.prepare();
  const cache = new HtmlCache();
  registerHtmlCachePurge(() => cache.purge());
  // Refills go to this same server on loopback (or the one address it listens on).
  const origin = { hostname: hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1", port: env.PORT };
  // Next cannot see the socket: the believed client address travels in a header set here (rate limits).
  const server = http.createServer(withClientAddress(htmlCacheFront(cache, app.getRequestHandler(), origin), parseTrustedProxies(env.TRUSTED_PROXIES)));
  server.listen(env.PORT, hostname, () => console.log(`[web] listening on ${hostname ?? "all addresses"}:${env.PORT}`));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error("[web]", error);
  process.exit(1);
});
