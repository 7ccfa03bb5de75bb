import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/schemas/check";
import { unknownFields } from "./unknown-fields";

const check = { name: "API", config: { type: "http", url: "https://example.com", method: "GET", assertions: [{ type: "status", expected: "200" }] } };

describe("unknown fields in an API body", () => {
  it("accepts a body of known fields only", () => {
    expect(unknownFields(checkInput, check)).toEqual([]);
  });

  it("names misspelt fields at the top, inside a check type's settings and inside a list", () => {
    const body = { ...check, intervalSecond: 30, config: { ...check.config, urll: "x", assertions: [{ type: "status", expected: "200", extra: 1 }] } };
    expect(unknownFields(checkInput, body).map((error) => error.path).sort()).toEqual(["config.assertions.0.extra", "config.urll", "intervalSecond"]);
  });

  it("leaves wrong types to the schema itself", () => {
    expect(unknownFields(checkInput, { name: 5, config: "http" })).toEqual([]);
  });
});
