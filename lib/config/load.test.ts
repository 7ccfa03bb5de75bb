import { describe, expect, it } from "vitest";
import { formatProblem, loadConfig } from "./load";

const file = "pingpage.yaml";

describe("loadConfig", () => {
  it("reports a schema error at the field's line and column with its path", () => {
    const text = ["checks:", "  - key: api", "    name: API", "    intervalSeconds: 5", "    config:", "      type: http", "      url: https://example.com", ""].join("\n");
    const result = loadConfig(text, file, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual(["pingpage.yaml:4:22: checks[0].intervalSeconds: The interval must be at least 10 seconds"]);
  });

  it("points an unknown field at its own key", () => {
    const text = ["pages:", "  - name: Status", "    slug: acme-status", "    colour: red", ""].join("\n");
    const result = loadConfig(text, file, {});
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['pingpage.yaml:4:5: pages[0].colour: Unknown field "colour"']);
  });

  it("reports a missing field at its parent and a YAML syntax error at its position", () => {
    const missing = loadConfig("checks:\n  - key: api\n    config: { type: tcp, host: example.com, port: 22 }\n", file, {});
    expect(missing.ok ? [] : missing.problems.map(formatProblem)).toEqual([expect.stringMatching(/^pingpage\.yaml:2:5: checks\[0\]\.name: /)]);
    const broken = loadConfig("checks:\n  - key: [api\n", file, {});
    expect(broken.ok ? null : broken.problems[0]).toMatchObject({ line: 3 });
  });

  it("substitutes environment variables in values, refusing unset ones by name", () => {
    const text = [
      "checks:",
      "  - key: api",
      "    name: API",
      "    config:",
      "      type: http",
      "      url: https://example.com/health",
      "      auth: { type: bearer, token: '${API_TOKEN}' }",
      "      headers: [{ name: X-Note, value: 'costs $${PRICE}' }]",
      "",
    ].join("\n");
    const loaded = loadConfig(text, file, { API_TOKEN: "s3cret: {not yaml}" });
    expect(loaded.ok && loaded.config.checks[0]?.config).toMatchObject({ auth: { type: "bearer", token: "s3cret: {not yaml}" }, headers: [{ value: "costs ${PRICE}" }] });
    const unset = loadConfig(text, file, {});
    expect(unset.ok ? [] : unset.problems.map(formatProblem)).toEqual(["pingpage.yaml:7:36: checks[0].config.auth.token: The environment variable API_TOKEN is not set"]);
  });

  it("checks references between resources by key", () => {
    const text = [
      "checks: [{ key: api, name: API, config: { type: tcp, host: example.com, port: 443 } }]",
      "pages: [{ name: Status, slug: acme-status, components: [{ check: web }] }]",
      "",
    ].join("\n");
    const result = loadConfig(text, file, {});
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['pingpage.yaml:2:66: pages[0].components[0].check: No check has the key "web"']);
  });
});
