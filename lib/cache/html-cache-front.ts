import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { cameOverHttps, isFramedPath, securityHeaders } from "@/lib/http/security-headers";
import type { CachedPage, HtmlCache } from "./html-cache";
import { FILL_HEADER, acceptsGzip, cacheTargetOf, freshForMs, type CacheTarget } from "./html-cache-rules";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
type Origin = { hostname: string; port: number };

const FILL_TIMEOUT_MS = 10_000;
// Next's answer is replayed as it was, less what belongs to one connection or one encoding.
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "x-nextjs-cache"]);
const compress = promisify(gzip);

/**
 * A request handler in front of Next's: a page that Next serves from its full-route cache is
 * answered from an in-memory copy of Next's own answer (a Buffer, written in one go), refilled in
 * the background from Next on loopback. Everything else goes to Next untouched.
 */
export function htmlCacheFront(cache: HtmlCache, next: Handler, origin: Origin): Handler {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const refill = (target: CacheTarget) => {
    const ticket = cache.startFill(target.key);
    if (ticket === null) return;
    fetchPage(agent, origin, target).then(
      (page) => cache.finishFill(target.key, ticket, page),
      (error: unknown) => {
        console.error(`[html-cache] refill of ${target.host}${target.path} failed; visitors get Next's answer meanwhile:`, error instanceof Error ? error.message : error);
        cache.finishFill(target.key, ticket, null);
      },
    );
  };
  return (request, response) => {
    const target = cacheTargetOf(request);
    if (target === null) return next(request, response);
    const hit = cache.lookup(target.key, Date.now());
    if (!hit) {
      // Only what Next answered from its full-route cache (it sets x-nextjs-cache with setHeader)
      // is worth a refill; pages rendered per request never are.
      response.once("finish", () => {
        if (response.statusCode === 200 && response.hasHeader("x-nextjs-cache")) refill(target);
      });
      return next(request, response);
    }
    if (!hit.fresh) refill(target);
    const { headers, body } = acceptsGzip(request.headers["accept-encoding"]) ? hit.page.gzip : hit.page.identity;
    response.writeHead(hit.page.status, { ...headers, ...securityHeadersOf(request, target.path) });
    response.end(request.method === "HEAD" ? undefined : body);
  };
}

/**
 * The public page policy for this visitor (HSTS depends on how they came), never the copy's own:
 * a copy is the same HTML for everyone and can carry no nonce, so only that policy fits it. The
 * iframe embed (/s/<slug>/embed, or /embed on a custom domain) keeps the policy that lets it be framed.
 */
function securityHeadersOf(request: IncomingMessage, path: string): OutgoingHttpHeaders {
  const forwarded = request.headers["x-forwarded-proto"];
  const encrypted = "encrypted" in request.socket && request.socket.encrypted === true;
  const policy = isFramedPath(path.split("?")[0] ?? path) ? "framed" : "public";
  return securityHeaders(policy, { https: encrypted || cameOverHttps(Array.isArray(forwarded) ? forwarded[0] : forwarded) });
}

/** Next's answer to a visitor without cookies, or null if it may not be kept. */
function fetchPage(agent: http.Agent, origin: Origin, target: CacheTarget): Promise<CachedPage | null> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // The negotiated locale stands for the visitor's whole Accept-Language: proxy.ts picks the same.
    const headers = { host: target.host, "accept-language": target.locale, [FILL_HEADER]: "1" };
    const request = http.get({ agent, ...origin, path: target.path, headers, timeout: FILL_TIMEOUT_MS }, (response) => {
      const freshMs = freshForMs({ status: response.statusCode ?? 0, headers: response.headers });
      if (freshMs === null) {
        response.resume();
        return resolve(null);
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const identity = Buffer.concat(chunks);
        const replayed: OutgoingHttpHeaders = { "x-pingpage-cache": "hit" };
        for (const [name, value] of Object.entries(response.headers)) if (!NOT_REPLAYED.has(name) && value !== undefined) replayed[name] = value;
        compress(identity).then(
          (gzipped) =>
            resolve({
              status: 200,
              identity: { headers: { ...replayed, "content-length": identity.length }, body: identity },
              gzip: { headers: { ...replayed, "content-length": gzipped.length, "content-encoding": "gzip" }, body: gzipped },
              freshUntil: started + freshMs,
            }),
          reject,
        );
      });
    });
    request.on("timeout", () => request.destroy(new Error(`refill of ${target.path} timed out`)));
    request.on("error", reject);
  });
}
