/**
 * The bridge between Next's bundles (the revalidate route, server actions) and the HTML cache in
 * front of Next (bin/web.ts): the same process, but separate module instances, so the purge is
 * registered on globalThis. Without the front (`next dev`) purging does nothing.
 */
const PURGE = Symbol.for("pingpage.html-cache.purge");

type WithPurge = { [PURGE]?: () => void };

export function registerHtmlCachePurge(purge: () => void): void {
  (globalThis as WithPurge)[PURGE] = purge;
}

/** Call after Next's own cache was revalidated, so a refill cannot read the old page. */
export function purgeHtmlCache(): void {
  (globalThis as WithPurge)[PURGE]?.();
}
