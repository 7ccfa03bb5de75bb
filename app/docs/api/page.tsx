import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";

export const metadata: Metadata = { title: "API reference" };

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: string; required: boolean; schema: Schema };
type Spec = { operationId: string; summary: string; tags: string[]; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }> };

const typeOf = (schema: Schema): string => {
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop()!;
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(" | ");
  return Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
};

function example(method: string, path: string, spec: Spec): string {
  const lines = [`curl -X ${method.toUpperCase()} "$PINGPAGE_URL/api/v1${path}"`, `  -H "Authorization: Bearer $PINGPAGE_TOKEN"`];
  if (spec.requestBody) lines.push(`  -H "Content-Type: application/json" -d @body.json`);
  return lines.join(" \\\n");
}

/** The reference, rendered on the server from the generated OpenAPI document: no script, no CDN. */
export default function ApiReferencePage() {
  const document = openApiDocument(operations);
  const entries = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, spec]) => ({ path, method, spec: spec as Spec })));
  const tags = [...new Set(entries.map((entry) => entry.spec.tags[0]!))];
  return (
    <main className="mx-auto max-w-4xl space-y-10 px-6 py-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{document.info.title}</h1>
        <p className="text-slate-700">{document.info.description}</p>
        <p className="text-sm text-slate-600">
          Base URL <code>/api/v1</code>. Errors are <code>application/problem+json</code>; lists take <code>limit</code> (at most 100) and <code>cursor</code> and send{" "}
          <code>Link: rel=&quot;next&quot;</code>; reads send an <code>ETag</code>, updates honour <code>If-Match</code>; POST honours <code>Idempotency-Key</code> for 24 hours;
          every answer carries <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code>. The machine-readable document is at{" "}
          <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        <nav aria-label="Resources" className="flex flex-wrap gap-3 text-sm">
          {tags.map((tag) => <a key={tag} href={`#${tag}`} className="underline">{tag}</a>)}
        </nav>
      </header>
      {tags.map((tag) => (
        <section key={tag} id={tag} aria-labelledby={`${tag}-heading`} className="space-y-6">
          <h2 id={`${tag}-heading`} className="text-2xl font-semibold">{tag}</h2>
          {entries.filter((entry) => entry.spec.tags[0] === tag).map(({ path, method, spec }) => (
            <article key={spec.operationId} id={spec.operationId} aria-labelledby={`${spec.operationId}-heading`} className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <h3 id={`${spec.operationId}-heading`} className="font-mono text-sm font-semibold">
                <span className="rounded bg-slate-800 px-1.5 py-0.5 text-white">{method.toUpperCase()}</span> {path}
              </h3>
              <p>{spec.summary}</p>
              {spec.parameters?.length ? (
                <table className="w-full text-left text-sm">
                  <caption className="text-left font-medium">Parameters</caption>
                  <thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th></tr></thead>
                  <tbody>
                    {spec.parameters.map((parameter) => (
                      <tr key={parameter.name}><td className="font-mono">{parameter.name}</td><td>{parameter.in}</td><td>{typeOf(parameter.schema)}</td><td>{parameter.required ? "yes" : "no"}</td></tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {spec.requestBody ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">Request body (JSON Schema)</summary>
                  <pre className="max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(spec.requestBody.content["application/json"]!.schema, null, 2)}</pre>
                </details>
              ) : null}
              <ul className="text-sm">
                {Object.entries(spec.responses).map(([status, response]) => (
                  <li key={status}><span className="font-mono">{status}</span> {response.description}</li>
                ))}
              </ul>
              <pre className="overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100" aria-label="Example">{example(method, path, spec)}</pre>
            </article>
          ))}
        </section>
      ))}
      <section aria-labelledby="schemas-heading" className="space-y-3">
        <h2 id="schemas-heading" className="text-2xl font-semibold">Schemas</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`}>
            <summary className="cursor-pointer font-mono text-sm font-semibold">{name}</summary>
            <pre className="max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </section>
    </main>
  );
}
