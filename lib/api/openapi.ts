import { z } from "zod";
import { problemSchema } from "./problem";
import type { AnyOperation } from "./operation";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document, generated from the operations' zod schemas: never written by hand, so
 * it cannot drift from what the routes parse and return. Named schemas (`.meta({ id })`) become
 * components; everything else is inlined.
 */
export function openApiDocument(operations: AnyOperation[], serverUrl = "/api/v1") {
  const components: Record<string, JsonSchema> = {};
  const convert = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
    const { $schema: _drop, $defs, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[name] = relink(definition);
    return relink(rest);
  };
  const problem = { content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
  // A named schema converts to a $ref to itself plus its definition; keep only the definition.
  const problemJson = convert(problemSchema, "output");
  if (!("$ref" in problemJson)) components.Problem = problemJson;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const parameters = [
      ...objectFields(operation.params, convert).map(([name, schema]) => ({ name, in: "path", required: true, schema })),
      ...objectFields(operation.query, convert).map(([name, schema, required]) => ({ name, in: "query", required, schema })),
    ];
    const success = operation.status === 204
      ? { "204": { description: "Done; no content" } }
      : { [String(operation.status ?? 200)]: { description: "Success", content: { "application/json": { schema: convert(operation.response ?? z.unknown(), "output") } } } };
    const errors = Object.fromEntries(errorStatuses(operation).map((status) => [String(status), { description: errorText[status], ...problem }]));
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = {
      operationId: operation.id,
      summary: operation.summary,
      tags: [operation.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: convert(operation.body, "input") } } } } : {}),
      responses: { ...success, ...errors },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Pingpage API", version: "1", description: "Checks, status pages, incidents and maintenance, with a workspace API token (Authorization: Bearer pp_…)." },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A workspace API token, pp_…" } } },
  };
}

const errorText: Record<number, string> = {
  400: "The body is not JSON",
  401: "No token, or a bad, expired or revoked one",
  403: "The token lacks the write scope, or its role is too low",
  404: "No such resource in this workspace",
  409: "Conflicts with the current state",
  412: "If-Match does not match the current ETag",
  413: "The body is over 1 MiB",
  415: "The body is not application/json",
  422: "Invalid fields; `errors` names each one",
  429: "Rate limit reached; see Retry-After",
};

function errorStatuses(operation: AnyOperation): number[] {
  const statuses = [401, 404, 422, 429];
  if (operation.method !== "GET") statuses.push(403, 409);
  if (operation.body) statuses.push(400, 413, 415);
  if (operation.method === "PUT" || operation.method === "PATCH" || operation.method === "DELETE") statuses.push(412);
  return statuses.sort();
}

function relink(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}

function objectFields(schema: z.ZodType | undefined, convert: (schema: z.ZodType, io: "input") => JsonSchema): [string, JsonSchema, boolean][] {
  if (!schema) return [];
  const json = convert(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, field]) => [name, field, (json.required ?? []).includes(name)]);
}
