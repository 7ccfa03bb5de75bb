import { describe, expect, it } from "vitest";
import { HtmlCache, MAX_STALE_MS, type CachedPage } from "./html-cache";

const pageOf = (html: string, freshUntil: number): CachedPage => ({
  status: 200,
  identity: { headers: {}, body: Buffer.from(html) },
  gzip: { headers: {}, body: Buffer.alloc(0) },
  freshUntil,
});

function filled(cache: HtmlCache, key: string, page: CachedPage) {
  const ticket = cache.startFill(key);
  expect(ticket).not.toBeNull();
  cache.finishFill(key, ticket!, page);
}

describe("HTML cache", () => {
  it("serves a copy while fresh, then as stale for a while, then not at all", () => {
    const cache = new HtmlCache();
    filled(cache, "a/s/x", pageOf("one", 1_000));
    expect(cache.lookup("a/s/x", 1_000)).toMatchObject({ fresh: true });
    expect(cache.lookup("a/s/x", 1_001)).toMatchObject({ fresh: false });
    expect(cache.lookup("a/s/x", 1_000 + MAX_STALE_MS + 1)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("refills a key once at a time, and a few keys at most at once", () => {
    const cache = new HtmlCache();
    const ticket = cache.startFill("a/1");
    expect(ticket).not.toBeNull();
    expect(cache.startFill("a/1")).toBeNull();
    for (const key of ["a/2", "a/3", "a/4"]) expect(cache.startFill(key)).not.toBeNull();
    expect(cache.startFill("a/5")).toBeNull();
    cache.finishFill("a/1", ticket!, pageOf("one", 10));
    expect(cache.startFill("a/5")).not.toBeNull();
  });

  it("never stores a refill that was under way when the pages were purged", () => {
    const cache = new HtmlCache();
    filled(cache, "a/s/x", pageOf("old", 1_000));
    const ticket = cache.startFill("a/s/x");
    cache.purge();
    expect(cache.lookup("a/s/x", 0)).toBeNull();
    cache.finishFill("a/s/x", ticket!, pageOf("read before the change", 1_000));
    expect(cache.lookup("a/s/x", 0)).toBeNull();
    filled(cache, "a/s/x", pageOf("new", 1_000));
    expect(cache.lookup("a/s/x", 0)?.page.identity.body.toString()).toBe("new");
  });

  it("drops the old copy when Next's new answer may not be kept", () => {
    const cache = new HtmlCache();
    filled(cache, "a/s/x", pageOf("public", 1_000));
    const ticket = cache.startFill("a/s/x");
    cache.finishFill("a/s/x", ticket!, null);
    expect(cache.lookup("a/s/x", 0)).toBeNull();
  });

  it("keeps within its byte budget by dropping the least recently served copies", () => {
    const cache = new HtmlCache(10);
    filled(cache, "a/1", pageOf("1111", 1_000));
    filled(cache, "a/2", pageOf("2222", 1_000));
    cache.lookup("a/1", 0);
    filled(cache, "a/3", pageOf("3333", 1_000));
    expect(cache.lookup("a/2", 0)).toBeNull();
    expect(cache.lookup("a/1", 0)).not.toBeNull();
    expect(cache.lookup("a/3", 0)).not.toBeNull();
    filled(cache, "a/big", pageOf("x".repeat(11), 1_000));
    expect(cache.lookup("a/big", 0)).toBeNull();
  });
});
