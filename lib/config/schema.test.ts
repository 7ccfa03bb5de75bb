import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configFile, configJsonSchema } from "./schema";

const example = `
checks:
  - key: api
    name: API
    intervalSeconds: 30
    tags: [prod]
    config: { type: http, url: https://example.com/health, assertions: [{ type: status, expected: "200" }] }
  - key: backend
    name: Backend
    config: { type: composite, checks: [api] }
pages:
  - name: Acme status
    slug: acme-status
    components: [{ check: api, name: Public API, group: Services }]
maintenance:
  - key: db-upgrade
    page: acme-status
    title: Database upgrade
    startsAt: 2030-01-31T09:00
    endsAt: 2030-01-31T10:00
    components: [api]
`;

describe("configJsonSchema", () => {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(configJsonSchema());

  it("accepts a file the CLI accepts, so editors do not flag valid files", () => {
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
    expect(configFile.parse(parse(example)).maintenance[0]).toMatchObject({ page: "acme-status", components: ["api"] });
  });

  it("flags an unknown field and a wrong check type, as the CLI does", () => {
    expect(validate(parse("checks: [{ key: api, name: API, colour: red, config: { type: http, url: https://example.com } }]"))).toBe(false);
    expect(validate(parse("checks: [{ key: api, name: API, config: { type: smtp, host: example.com } }]"))).toBe(false);
  });
});
