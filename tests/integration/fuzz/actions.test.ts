import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { customDomains, incidents, maintenances } from "@/db/schema";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/services/context";
import { startSession } from "@/lib/services/sessions/start";
import { createPageFixture } from "../../support/status-page";
import { SEED, absolute, discover, isAppError, isNavigation, prng, summarize } from "./harness";
import { formOf, hostileArgument, hostileForm, validForms, type Fields } from "./hostile";
import { countRows } from "./rows";

/**
 * Every exported server action of every app/**\/actions.ts, called as a hostile client can call
 * it: any value in any argument, hostile forms. It must answer with a message or field errors, or
 * redirect, or throw a typed AppError; never anything else (a 500), never a partial write, and
 * never a change to Object.prototype. Replay a failure with FUZZ_SEED=<seed>.
 */

const session = vi.hoisted(() => ({ ctx: null as (Ctx & { workspaceName: string }) | null, sessionId: "" }));

// The signed-in owner of the fixture's workspace. A new session helper that actions call must be
// stood in for here too: the real ones need a request.
vi.mock("@/lib/auth/context", async (original) => ({
  ...(await original<typeof import("@/lib/auth/context")>()),
  requireUserId: async () => session.ctx!.userId,
  requireSignedInUserId: async () => session.ctx!.userId,
  requireCtx: async () => session.ctx!,
  requireSession: async () => ({ userId: session.ctx!.userId, sessionId: session.sessionId, twoFactorEnabled: false }),
  currentSession: async () => ({ status: "needs_two_factor", userId: session.ctx!.userId, sessionId: session.sessionId }),
}));
// Next's request-scoped APIs, standing in for the request an action runs in.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => undefined }));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  const cookies = { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), has: (name: string) => jar.has(name), set: (name: string, value: string) => void jar.set(name, value), delete: (name: string) => void jar.delete(name), getAll: () => [...jar].map(([name, value]) => ({ name, value })) };
  return { cookies: async () => cookies, headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) };
});

const ITERATIONS = 40;
const targets = discover("actions.ts");

type Fixture = Awaited<ReturnType<typeof fixture>>;

/** A workspace with a check, a page, an incident, a maintenance and a domain to aim at. */
async function fixture() {
  const { ctx, page, slug, components } = await createPageFixture();
  const [incident] = await db.insert(incidents).values({ pageId: page.id, title: "Fuzz", impact: "minor", status: "investigating" }).returning();
  const [maintenance] = await db.insert(maintenances).values({ pageId: page.id, title: "Fuzz", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000) }).returning();
  const [domain] = await db.insert(customDomains).values({ pageId: page.id, hostname: `fuzz-${randomUUID().slice(0, 8)}.example.test`, verificationToken: randomUUID().replace(/-/g, "") }).returning();
  return { ctx: { ...ctx, workspaceName: "Test Workspace" }, page, slug, checkId: components[0]!.checkId, components, incidentId: incident!.id, maintenanceId: maintenance!.id, domainId: domain!.id };
}

/** The parameter names of a function, from its source (esbuild keeps them). */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const list = /^[^(]*\(([^)]*)\)/.exec(fn.toString())?.[1] ?? "";
  return list.split(",").map((p) => p.trim().replace(/[=\s].*$/, "")).filter(Boolean);
}

/** A right value for a parameter by its name, so hostile forms get past the ids to the parsing. */
function realArgument(name: string, file: string, f: Fixture): unknown {
  if (/prev/i.test(name)) return {};
  if (name === "page") return f.page.id;
  if (name === "incident") return f.incidentId;
  if (name === "maintenance") return f.maintenanceId;
  if (name === "domain") return f.domainId;
  if (name === "userId") return f.ctx.userId;
  if (name === "slug") return f.slug;
  if (name === "paused") return true;
  if (name === "id") return file.includes("/checks/") ? f.checkId : f.page.id;
  return randomUUID();
}

function isRefusal(result: unknown): boolean {
  if (!result || typeof result !== "object") return false;
  const state = result as { message?: unknown; error?: unknown; fieldErrors?: Record<string, unknown> };
  return typeof state.message === "string" || typeof state.error === "string" || Object.keys(state.fieldErrors ?? {}).length > 0;
}

const cases = targets.flatMap((file) => [{ file }]);

describe.each(cases)("fuzzing the actions of $file", ({ file }) => {
  it("answers every hostile call with a message, a redirect or an AppError, and writes nothing when it refuses", { timeout: 60_000 }, async () => {
    const exported = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
    const failures: string[] = [];
    const tally: Record<string, number> = {};
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
    // actionError() turns an unknown error into "Something went wrong": a 500 in all but status.
    const unexpected: unknown[] = [];
    const log = vi.spyOn(console, "error").mockImplementation((first: unknown, ...rest: unknown[]) => {
      if (typeof first === "string" && first.includes("unexpected error")) unexpected.push(rest[0]);
    });
    for (const [exportName, action] of Object.entries(exported)) {
      if (typeof action !== "function") continue;
      const f = await fixture();
      session.ctx = f.ctx;
      session.sessionId = await startSession(f.ctx.userId, { userAgent: "fuzz", ip: null });
      const uuids = [f.page.id, f.checkId, f.incidentId, f.maintenanceId, f.domainId, f.ctx.userId, f.components[0]!.id];
      const names = parameterNames(action as (...args: never[]) => unknown);
      const random = prng(`${file}#${exportName}`);
      const isFormParameter = (name: string, i: number) => /form/i.test(name) || (i === names.length - 1 && names.some((n) => /prev/i.test(n)));
      const call = (args: unknown[]) => (action as (...args: unknown[]) => Promise<unknown>)(...args);
      // The valid forms this action takes: mutations of them get past the schema to the service.
      const targets = { checkIds: f.components.map((c) => c.checkId), componentIds: f.components.map((c) => c.id) };
      const accepted: number[] = [];
      if (names.some(isFormParameter)) {
        for (const [index, fields] of validForms(targets).entries()) {
          const ok = await call(names.map((name, i) => (isFormParameter(name, i) ? formOf(fields) : realArgument(name, file, f)))).then(
            (result) => !isRefusal(result),
            (error: unknown) => isNavigation(error),
          );
          if (ok) accepted.push(index);
        }
      }
      for (let iteration = 0; iteration < ITERATIONS; iteration++) {
        // Fresh unique emails, slugs and hostnames each time, so a mutation is not refused as a duplicate.
        const fresh = validForms(targets);
        const seeds: Fields[] = accepted.map((index) => fresh[index]!);
        const args = names.map((name, i) => {
          if (isFormParameter(name, i)) return hostileForm(random, uuids, seeds);
          return iteration === 0 || random.chance(0.6) ? realArgument(name, file, f) : hostileArgument(random, uuids);
        });
        const before = await countRows(f.ctx.workspaceId, f.ctx.userId);
        let result: unknown;
        let thrown: unknown;
        try {
          result = await call(args);
        } catch (error) {
          thrown = error;
        }
        if (seeds.length) tally[`${exportName}: takes ${seeds.length} valid form(s)`] = 1;
        if (process.env.FUZZ_VERBOSE && isRefusal(result)) console.info(exportName, JSON.stringify(result).slice(0, 300));
        const outcome = isNavigation(thrown) ? "redirect" : thrown !== undefined ? "thrown" : isRefusal(result) ? "refused" : "done";
        tally[`${exportName}: ${outcome}`] = (tally[`${exportName}: ${outcome}`] ?? 0) + 1;
        const where = `${exportName}(${args.map(summarize).join(", ")}) [seed ${SEED}, iteration ${iteration}]`;
        for (const error of unexpected.splice(0)) failures.push(`${where} answered "Something went wrong" for ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`);
        if (thrown !== undefined && !isNavigation(thrown) && !isAppError(thrown)) {
          failures.push(`${where} threw ${thrown instanceof Error ? `${thrown.name}: ${thrown.message.slice(0, 200)}` : String(thrown)}`);
        }
        if (isRefusal(result) || isAppError(thrown)) {
          const after = await countRows(f.ctx.workspaceId, f.ctx.userId);
          if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where} refused but wrote: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
        }
        if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys) failures.push(`${where} polluted Object.prototype`);
      }
    }
    log.mockRestore();
    if (process.env.FUZZ_VERBOSE) console.info(file, tally);
    expect(failures).toEqual([]);
  });
});
