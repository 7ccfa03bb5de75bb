import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(dashboard)/checks/live/route";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import type { Ctx } from "@/lib/services/context";
import { createOwnerCtx } from "../support/factories";

const session = vi.hoisted(() => ({ ctx: null as (Ctx & { workspaceName: string }) | null }));

// The real requireCtx needs a request; signed out, it redirects to sign-in as it does in Next.
vi.mock("@/lib/auth/context", async (original) => ({
  ...(await original<typeof import("@/lib/auth/context")>()),
  requireCtx: async () => session.ctx ?? redirect("/signin"),
}));

const poll = (ids: string[]) => GET(new Request(`http://localhost/checks/live?ids=${ids.join(",")}`));
const http = (name: string) => checkInput.parse({ name, config: { type: "http", url: "https://example.com/", method: "GET" } });

describe("the checks list's live states route", () => {
  it("answers the states of this workspace's checks only", async () => {
    const ctx = await createOwnerCtx();
    const other = await createOwnerCtx();
    const mine = await createCheck(ctx, http("Mine"));
    const theirs = await createCheck(other, http("Theirs"));
    session.ctx = { ...ctx, workspaceName: "Test" };
    const response = await poll([mine, theirs]);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { states: { id: string; status: string }[] };
    expect(body.states).toEqual([{ id: mine, status: "pending", lastRunAt: null, lastLatencyMs: null, lastError: null }]);
  });

  it("refuses malformed ids with a 422 naming the parameter, and a signed-out poller with a 401, not a redirect", async () => {
    session.ctx = { ...(await createOwnerCtx()), workspaceName: "Test" };
    const bad = await poll(["not-a-uuid"]);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { title: string }).title).toMatch(/^ids:/);
    session.ctx = null;
    expect((await poll([])).status).toBe(401);
  });
});
