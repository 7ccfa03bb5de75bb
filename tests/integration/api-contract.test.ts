import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";
import { apiWorkspace, callApi, httpCheck, type ApiCall } from "../support/api";

type Doc = ReturnType<typeof openApiDocument>;
type ResponseSpec = { content?: Record<string, { schema: object }> };

const doc = JSON.parse(JSON.stringify(openApiDocument(operations)).replaceAll('"#/components/schemas/', '"openapi.json#/components/schemas/')) as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "openapi.json", components: doc.components });

const byId = new Map(operations.map((operation) => [operation.id, operation]));
const validated = new Set<string>();

/** Checks an answer against what the document promises for that operation and status. */
function assertDocumented(operationId: string, call: ApiCall): void {
  const operation = byId.get(operationId)!;
  const spec = (doc.paths[operation.path] as Record<string, { responses: Record<string, ResponseSpec> }>)[operation.method.toLowerCase()]!;
  const response = spec.responses[String(call.status)];
  expect(response, `${operationId} answered ${call.status}, which its document does not list: ${JSON.stringify(call.body)}`).toBeDefined();
  const content = response!.content;
  if (!content) {
    expect(call.body).toBeNull();
    validated.add(`${operationId} ${call.status}`);
    return;
  }
  const type = call.headers.get("content-type")!;
  expect(Object.keys(content)).toContain(type);
  const validate = ajv.compile(content[type]!.schema);
  expect(validate(call.body), `${operationId} ${call.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  validated.add(`${operationId} ${call.status}`);
}

describe("the API matches its OpenAPI document", () => {
  it("every operation answers as documented, successes and errors alike", async () => {
    const { token } = await apiWorkspace();
    const call = async (operationId: string, path: string, body?: unknown, expected?: number) => {
      const operation = byId.get(operationId)!;
      const answer = await callApi(token, operation.method, path, body);
      if (expected) expect(answer.status, `${operationId}: ${JSON.stringify(answer.body)}`).toBe(expected);
      assertDocumented(operationId, answer);
      return answer;
    };
    const suffix = randomUUID().slice(0, 8);

    await call("getMe", "/me", undefined, 200);
    await call("listMembers", "/members", undefined, 200);
    const check = (await call("createCheck", "/checks", httpCheck("Contract"), 201)).body;
    // The validator has teeth: a check whose status drifted from the document fails it.
    expect(ajv.validate({ $ref: "openapi.json#/components/schemas/Check" }, { ...check, status: "sideways" })).toBe(false);
    const tag = (await call("createTag", "/tags", { name: `prod-${suffix}`, colour: "green" }, 201)).body;
    await call("listTags", "/tags", undefined, 200);
    await call("getTag", `/tags/${tag.id}`, undefined, 200);
    await call("updateTag", `/tags/${tag.id}`, { name: `production-${suffix}`, colour: "blue" }, 200);
    await call("setCheckTags", `/checks/${check.id}/tags`, { tagIds: [tag.id] }, 200);
    await call("listChecks", "/checks?limit=10", undefined, 200);
    await call("getCheck", `/checks/${check.id}`, undefined, 200);
    await call("updateCheck", `/checks/${check.id}`, { ...httpCheck("Contract 2"), paused: true }, 200);
    await call("listCheckRuns", `/checks/${check.id}/runs?from=2026-01-01T00:00:00Z`, undefined, 200);
    await call("listCheckOutages", `/checks/${check.id}/outages`, undefined, 200);
    await call("getCheckUptime", `/checks/${check.id}/uptime?days=7`, undefined, 200);

    const page = (await call("createPage", "/pages", { name: "Contract", slug: `contract-${suffix}`, checkIds: [check.id] }, 201)).body;
    const component = page.components[0];
    await call("updatePageComponents", `/pages/${page.id}/components`, { components: [{ id: component.id, name: "API", groupName: "Backend", position: 0, showResponseTime: true }] }, 200);
    await call("listPages", "/pages", undefined, 200);
    await call("getPage", `/pages/${page.id}`, undefined, 200);
    await call("updatePage", `/pages/${page.id}`, { name: "Contract page", slug: `contract-${suffix}`, checkIds: [check.id] }, 200);

    const incident = (await call("createIncident", `/pages/${page.id}/incidents`, { title: "Slow", status: "investigating", impact: "minor", message: "Looking", publish: false, components: [{ componentId: component.id, state: "degraded_performance" }] }, 201)).body;
    await call("listIncidents", `/pages/${page.id}/incidents`, undefined, 200);
    await call("getIncident", `/incidents/${incident.id}`, undefined, 200);
    await call("publishIncident", `/incidents/${incident.id}/publish`, undefined, 200);
    await call("postIncidentUpdate", `/incidents/${incident.id}/updates`, { status: "resolved", message: "Fixed" }, 201);

    const maintenance = (await call("createMaintenance", `/pages/${page.id}/maintenances`, { title: "Upgrade", startsAt: "2031-01-01T09:00", endsAt: "2031-01-01T10:00", componentIds: [component.id] }, 201)).body;
    await call("listMaintenances", `/pages/${page.id}/maintenances`, undefined, 200);
    await call("getMaintenance", `/maintenances/${maintenance.id}`, undefined, 200);
    await call("postMaintenanceUpdate", `/maintenances/${maintenance.id}/updates`, { message: "Starting soon" }, 201);
    await call("completeMaintenance", `/maintenances/${maintenance.id}/complete`, undefined, 200);

    const domain = (await call("addDomain", `/pages/${page.id}/domains`, { hostname: `status-${suffix}.example.com` }, 201)).body;
    await call("listDomains", `/pages/${page.id}/domains`, undefined, 200);
    await call("checkDomain", `/domains/${domain.id}/check`, undefined, 204);
    await call("batch", "/batch", { operations: [{ method: "GET", path: `/checks/${check.id}` }, { method: "DELETE", path: `/checks/${randomUUID()}` }] }, 200);

    await call("removeDomain", `/domains/${domain.id}`, undefined, 204);
    await call("deleteIncident", `/incidents/${incident.id}`, undefined, 204);
    await call("deleteMaintenance", `/maintenances/${maintenance.id}`, undefined, 204);
    await call("deletePage", `/pages/${page.id}`, undefined, 204);
    await call("deleteTag", `/tags/${tag.id}`, undefined, 204);
    await call("deleteCheck", `/checks/${check.id}`, undefined, 204);

    const uncovered = operations.filter((operation) => ![...validated].some((entry) => entry.startsWith(`${operation.id} 2`)));
    expect(uncovered.map((operation) => operation.id)).toEqual([]);
  });

  it("every operation's errors are documented problems: no token, unknown ids, invalid bodies", async () => {
    const { token } = await apiWorkspace();
    for (const operation of operations) {
      const path = operation.path.replace(/\{[^}]+\}/g, randomUUID());
      assertDocumented(operation.id, await callApi(null, operation.method, path, operation.body ? {} : undefined));
      if (operation.path.includes("{")) {
        const missing = await callApi(token, operation.method, path, operation.body ? {} : undefined);
        expect([404, 422]).toContain(missing.status);
        assertDocumented(operation.id, missing);
      } else if (operation.body) {
        const invalid = await callApi(token, operation.method, path, { unexpected: true });
        expect(invalid.status).toBe(422);
        assertDocumented(operation.id, invalid);
      }
    }
  });
});
