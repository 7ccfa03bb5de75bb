import { describe, expect, it } from "vitest";
import { operations } from "@/lib/api/operations";
import { apiWorkspace, callApi, httpCheck } from "../../support/api";
import { SEED, prng, summarize } from "./harness";
import { HOSTILE_STRINGS } from "./hostile";
import { countRows } from "./rows";

/**
 * Every /api/v1 operation called as a hostile client would: huge bodies, wrong types, unknown
 * fields, bodies that are not objects, and ids of another workspace. Never a 5xx; a refused call
 * writes nothing; the other workspace never changes. Replay a failure with FUZZ_SEED=<seed>.
 */

type Ids = { check: string; page: string; component: string; incident: string; maintenance: string; domain: string; tag: string };

async function workspaceWithEverything(label: string) {
  const workspace = await apiWorkspace();
  const call = (method: string, path: string, body?: unknown) => callApi(workspace.token, method, path, body);
  const check = (await call("POST", "/checks", httpCheck(`${label} check`))).body;
  const tag = (await call("POST", "/tags", { name: `${label}-tag` })).body;
  const page = (await call("POST", "/pages", { name: label, slug: `fuzz-${label}-${workspace.tokenId.slice(0, 8)}`, checkIds: [check.id] })).body;
  const component = page.components[0].id;
  const incident = (await call("POST", `/pages/${page.id}/incidents`, { title: "Down", status: "investigating", impact: "major", message: "Looking" })).body;
  const maintenance = (await call("POST", `/pages/${page.id}/maintenances`, { title: "Work", startsAt: "2031-02-01T09:00", endsAt: "2031-02-01T10:00" })).body;
  const domain = (await call("POST", `/pages/${page.id}/domains`, { hostname: `${label}-${workspace.tokenId.slice(0, 8)}.example.com` })).body;
  const ids: Ids = { check: check.id, page: page.id, component, incident: incident.id, maintenance: maintenance.id, domain: domain.id, tag: tag.id };
  expect(Object.values(ids).every((id) => typeof id === "string")).toBe(true);
  return { ...workspace, ids };
}

const paramIds: Record<string, keyof Ids> = { checkId: "check", pageId: "page", incidentId: "incident", maintenanceId: "maintenance", domainId: "domain", tagId: "tag" };

function pathWith(path: string, id: (param: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(id(param)));
}

const hostileValues: unknown[] = [null, 0, -1, 1e308, true, "", "x".repeat(20_000), [], [null], {}, { $ne: 1 }, ...HOSTILE_STRINGS.slice(3, 8)];
const examples: Record<string, (ids: Ids) => Record<string, unknown>> = {
  "/checks": () => httpCheck("Fuzz"),
  "/pages": (ids) => ({ name: "Fuzz", slug: "fuzz-page", checkIds: [ids.check] }),
};

describe("fuzzing /api/v1", () => {
  it("answers every hostile request without a 5xx and writes nothing it refuses", async () => {
    const mine = await workspaceWithEverything("mine");
    const theirs = await workspaceWithEverything("theirs");
    const theirsBefore = await countRows(theirs.ctx.workspaceId, theirs.ctx.userId);
    const random = prng("api");
    let calls = 0;
    for (const operation of operations) {
      const ownPath = pathWith(operation.path, (param) => mine.ids[paramIds[param]!]);
      const requests: { path: string; body?: unknown }[] = [];
      // Another workspace's ids, and ids that are no ids at all.
      if (operation.path.includes("{")) {
        requests.push({ path: pathWith(operation.path, (param) => theirs.ids[paramIds[param]!]), body: operation.body ? (examples[operation.path]?.(theirs.ids) ?? {}) : undefined });
        for (const bad of ["not-a-uuid", "..", "%00", "00000000-0000-0000-0000-000000000000"]) requests.push({ path: pathWith(operation.path, () => bad), body: operation.body ? {} : undefined });
      }
      if (operation.body) {
        const example = examples[operation.path]?.(mine.ids) ?? {};
        requests.push({ path: ownPath, body: "x".repeat(1024 * 1024 + 1) });
        for (const body of [null, [], "text", 42, "{broken", { ...example, unknownField: 1 }]) requests.push({ path: ownPath, body: typeof body === "string" ? JSON.stringify(body) : body });
        for (const field of [...Object.keys(example), "name", "title", "components", "operations", "tagIds", "hostname"]) {
          requests.push({ path: ownPath, body: { ...example, [field]: random.pick(hostileValues) } });
        }
        // Foreign ids inside the body: their check on my page, their components on my incident.
        requests.push({ path: ownPath, body: { ...example, checkIds: [theirs.ids.check], tagIds: [theirs.ids.tag], componentIds: [theirs.ids.component], components: [{ componentId: theirs.ids.component, state: "major_outage" }] } });
      } else if (operation.query) {
        for (const query of ["?limit=0", "?limit=1000", "?cursor=%FF", "?from=yesterday", "?days=-1", "?timeZone=Mars/Olympus"]) requests.push({ path: `${ownPath}${query}` });
      }
      for (const request of requests) {
        const before = await countRows(mine.ctx.workspaceId, mine.ctx.userId);
        const body = typeof request.body === "string" && request.body.length > 1024 * 1024 ? request.body : request.body === undefined ? undefined : typeof request.body === "string" ? request.body : JSON.stringify(request.body);
        const answer = await callApi(mine.token, operation.method, request.path, body);
        calls++;
        const where = `${operation.method} ${request.path} ${summarize(request.body)} (seed ${SEED})`;
        expect(answer.status, `${where} → ${JSON.stringify(answer.body)}`).toBeLessThan(500);
        if (answer.status >= 400) {
          expect(answer.headers.get("content-type"), where).toBe("application/problem+json");
          expect(await countRows(mine.ctx.workspaceId, mine.ctx.userId), where).toEqual(before);
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
    expect(await countRows(theirs.ctx.workspaceId, theirs.ctx.userId)).toEqual(theirsBefore);
  });
});
