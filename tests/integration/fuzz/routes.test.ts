import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createPageFixture } from "../../support/status-page";
import { SEED, absolute, discover, prng, summarize, type Random } from "./harness";
import { HOSTILE_STRINGS } from "./hostile";

/**
 * Every exported method of every app/**\/route.ts, called with hostile path parameters, query
 * strings, headers and bodies: the answer is always below 500 and nothing throws. Replay a
 * failure with FUZZ_SEED=<seed>.
 */

const request = vi.hoisted(() => ({ headers: new Headers() }));

// Next's request-scoped APIs, answering from the request under test.
const standIn = vi.hoisted(() => {
  const cookieList = () =>
    (request.headers.get("cookie") ?? "")
      .split(";")
      .map((pair) => pair.trim().split("="))
      .filter(([name]) => name)
      .map(([name, ...value]) => ({ name: name!, value: value.join("=") }));
  const cookies = { get: (name: string) => cookieList().find((c) => c.name === name), has: (name: string) => cookieList().some((c) => c.name === name), getAll: cookieList, set: () => undefined, delete: () => undefined };
  return { cookies: async () => cookies, headers: async () => request.headers };
});
vi.mock("next/headers", () => standIn);
// next-auth reads them with require(), which vi.mock does not reach.
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
const original = { ...nextHeaders };
beforeAll(() => Object.assign(nextHeaders, standIn));
afterAll(() => Object.assign(nextHeaders, original));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => undefined }));

/** Lone surrogates replaced, as decoding a URL would (String#toWellFormed, not in our TS lib yet). */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ITERATIONS = 30;
const targets = discover("route.ts");

function hostileQuery(random: Random): string {
  const params = new URLSearchParams();
  for (let i = random.int(6); i > 0; i--) {
    params.append(random.pick(["domain", "label", "callbackUrl", "error", "token", "__proto__", "constructor", "month", "range", random.pick(HOSTILE_STRINGS).slice(0, 30)]), random.pick(HOSTILE_STRINGS));
  }
  if (random.chance(0.2)) for (let i = 0; i < 2_000; i++) params.append(`p${i}`, "x");
  return params.size ? `?${params}` : "";
}

function hostileHeaders(random: Random): Headers {
  const headers = new Headers({ host: "localhost:3000" });
  const safe = (value: string) => value.replace(/[^\t\x20-\x7e]/g, "?").slice(0, 8_000);
  const pick = () => safe(random.pick(HOSTILE_STRINGS));
  if (random.chance(0.5)) headers.set("x-forwarded-for", random.pick(["", "::1, 10.0.0.1", "not an ip", "1.1.1.1,".repeat(1_000), pick()]));
  if (random.chance(0.5)) headers.set("x-forwarded-proto", random.pick(["https", "gopher", pick()]));
  if (random.chance(0.5)) headers.set("cookie", random.pick(["pp_unlock_x=garbage", "next-auth.session-token=garbage", "__proto__=1; constructor=2", `a=${"x".repeat(4_000)}`, pick()]));
  if (random.chance(0.5)) headers.set("authorization", random.pick(["Bearer ", "Bearer x", "Basic Og==", pick()]));
  if (random.chance(0.5)) headers.set("content-type", random.pick(["application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", pick()]));
  if (random.chance(0.3)) headers.set("x-pingpage-custom-domain", "1");
  if (random.chance(0.3)) headers.set("origin", "https://evil.example");
  return headers;
}

function hostileBody(random: Random): string | undefined {
  return random.pick<() => string | undefined>([
    () => undefined,
    () => "",
    () => "{",
    () => '{"tags":["__proto__"],"__proto__":{"polluted":1}}',
    () => JSON.stringify({ tags: Array.from({ length: 10_000 }, (_, i) => `page:${i}`) }),
    () => JSON.stringify({ tags: "page:x" }),
    () => "x".repeat(200_000),
    () => "email=a%00&password=b&csrfToken=x&callbackUrl=%2F%09%2Fevil.com",
    () => random.pick(HOSTILE_STRINGS),
  ])();
}

/** Path parameters by their folder name: sometimes a real page or component, else hostile. */
function hostileParams(file: string, random: Random, real: { slug: string; componentId: string }): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [, catchAll, name] of file.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) {
    if (catchAll) {
      params[name!] = random.pick([["signin"], ["session"], ["csrf"], ["providers"], ["callback", "credentials"], ["callback", "github"], ["signout"], ["error"], ["__proto__"], [random.pick(HOSTILE_STRINGS)]]);
    } else if (name === "slug") params[name] = random.chance(0.5) ? real.slug : random.pick(HOSTILE_STRINGS);
    else if (name === "componentId") params[name] = random.chance(0.5) ? real.componentId : random.pick(HOSTILE_STRINGS);
    else params[name!] = random.pick(HOSTILE_STRINGS);
  }
  return params;
}

describe.each(targets.map((file) => ({ file })))("fuzzing the route handlers of $file", ({ file }) => {
  it("answers every hostile request below 500", { timeout: 60_000 }, async () => {
    const exported = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
    const { slug, components } = await createPageFixture();
    const failures: string[] = [];
    const log = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void (process.env.FUZZ_VERBOSE && console.warn(...args)));
    for (const method of METHODS) {
      const handler = exported[method];
      if (typeof handler !== "function") continue;
      const random = prng(`${file}#${method}`);
      const route = file.replace(/^app/, "").replace(/\/route\.ts$/, "").replace(/\/\([^)]+\)/g, "");
      for (let iteration = 0; iteration < ITERATIONS; iteration++) {
        // Next hands handlers decoded, well-formed path parameters.
        const params = hostileParams(file, random, { slug, componentId: components[0]!.id });
        for (const [name, value] of Object.entries(params)) params[name] = Array.isArray(value) ? value.map(wellFormed) : wellFormed(value);
        const path = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => [params[name]].flat().map((p) => encodeURIComponent(p!)).join("/"));
        const headers = hostileHeaders(random);
        const body = method === "GET" || method === "HEAD" ? undefined : hostileBody(random);
        const where = `${method} ${path.slice(0, 80)} body ${summarize(body)} [seed ${SEED}, iteration ${iteration}]`;
        request.headers = headers;
        try {
          const url = `http://localhost:3000${path}${hostileQuery(random)}`;
          const response = (await (handler as (r: Request, c: unknown) => Promise<Response>)(new NextRequest(url, { method, headers, body }), { params: Promise.resolve(params) })) as Response;
          if (response.status >= 500) failures.push(`${where} answered ${response.status}`);
        } catch (error) {
          failures.push(`${where} threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`);
        }
      }
    }
    log.mockRestore();
    expect(failures).toEqual([]);
  });
});
