import { describe, expect, it } from "vitest";
import { auditChanges, auditCreated, withoutCredentials } from "./changes";

describe("audit changes", () => {
  it("lists changed fields by dotted path with before and after values, and skips equal ones", () => {
    const changes = auditChanges(
      { name: "API", intervalSeconds: 60, config: { type: "http", url: "https://a.example/health", method: "GET" }, regions: ["eu"] },
      { name: "API v2", intervalSeconds: 60, config: { type: "http", url: "https://a.example/health", method: "HEAD" }, regions: ["eu", "us"] },
    );
    expect(changes).toEqual([
      { field: "name", before: "API", after: "API v2" },
      { field: "config.method", before: "GET", after: "HEAD" },
      { field: "regions", before: ["eu"], after: ["eu", "us"] },
    ]);
  });

  it("sees no change when only the key order of stored objects differs", () => {
    expect(auditChanges({ assertions: [{ expected: "200-299", type: "status" }] }, { assertions: [{ type: "status", expected: "200-299" }] })).toEqual([]);
  });

  it("names a changed secret but never records its value, at any depth", () => {
    const changes = auditChanges(
      { config: { auth: { type: "basic", username: "u", password: "old-pw" }, headers: [{ name: "X-Key", value: "k1" }] }, passwordHash: "h1" },
      { config: { auth: { type: "bearer", token: "new-token" }, headers: [{ name: "X-Key", value: "k2" }] }, passwordHash: "h2" },
    );
    expect(changes).toEqual([
      { field: "config.auth", hidden: true },
      { field: "config.headers", hidden: true },
      { field: "passwordHash", hidden: true },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/old-pw|new-token|k1|k2|h1|h2/);
  });

  it("masks secret keys inside arrays, credentials in URLs, and bounds long values", () => {
    const [assertions, url, description] = auditCreated({
      assertions: [{ type: "header", name: "X", value: "ok", token: "s3cret" }],
      url: "https://user:pw@api.example/v1?api_key=abc&x=1#frag",
      description: "d".repeat(500),
    });
    expect(assertions!.after).toEqual([{ type: "header", name: "X", value: "ok", token: "•••" }]);
    expect(url!.after).toBe("https://•••@api.example/v1?api_key=•••&x=•••");
    expect((description!.after as string).length).toBe(201);
  });

  it("on creation lists the fields that have a value", () => {
    expect(auditCreated({ name: "Status", description: null, websiteUrl: "", theme: "dark" })).toEqual([
      { field: "name", after: "Status" },
      { field: "theme", after: "dark" },
    ]);
  });

  it("leaves text that is not a URL alone", () => {
    expect(withoutCredentials("not a url")).toBe("not a url");
  });
});
