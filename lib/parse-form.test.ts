import { afterEach, describe, expect, it } from "vitest";
import { formMessage, formValues } from "@/lib/action-result";
import { checkInput } from "@/lib/schemas/check";
import { incidentInput } from "@/lib/schemas/incident";
import { pageInput } from "@/lib/schemas/page";
import { signUp } from "@/lib/schemas/user";
import { formToObject, parseForm } from "./parse-form";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const probe = () => ({}) as Record<string, unknown>;

afterEach(() => {
  // If a gadget ever got through, keep it from leaking into the next test and hiding its failure.
  for (const key of ["publish", "passwordHash", "id", "x", "polluted"]) delete (Object.prototype as Record<string, unknown>)[key];
});

describe("parseForm refuses prototype gadgets (issue 7, defect 1)", () => {
  it("__proto__.publish cannot publish every draft incident", () => {
    const parsed = parseForm(incidentInput, form([["title", "Outage"], ["status", "investigating"], ["message", "Looking"], ["__proto__.publish", "on"]]));
    expect(probe().publish).toBeUndefined();
    expect(parsed.success).toBe(false);
    expect(formMessage(parsed.error!)).toBe('The field name "__proto__.publish" is not allowed.');
  });

  it("__proto__.passwordHash cannot give new users a known password", () => {
    const parsed = parseForm(signUp, form([["name", "A"], ["email", "a@example.com"], ["password", "long enough"], ["__proto__.passwordHash", "$argon2id$known"]]));
    expect(probe().passwordHash).toBeUndefined();
    expect(parsed.success).toBe(false);
  });

  it("__proto__.id cannot make every insert collide", () => {
    const parsed = parseForm(pageInput, form([["name", "Acme"], ["slug", "acme"], ["__proto__.id", "00000000-0000-0000-0000-000000000000"]]));
    expect(probe().id).toBeUndefined();
    expect(parsed.success).toBe(false);
  });

  it("constructor.prototype.x cannot reach Object.prototype", () => {
    const result = formToObject(form([["constructor.prototype.x", "1"]]));
    expect(probe().x).toBeUndefined();
    expect(result).toMatchObject({ ok: false, field: "constructor.prototype.x" });
  });

  it.each(["config.__proto__.polluted", "a.prototype", "__proto__[]", "config.headers.constructor"])("refuses %s anywhere in the path", (key) => {
    expect(formToObject(form([[key, "yes"]])).ok).toBe(false);
    expect(probe().polluted).toBeUndefined();
  });
});

describe("formToObject", () => {
  it("builds nested objects and lists that zod parses", () => {
    const parsed = parseForm(
      checkInput,
      form([
        ["name", "API"],
        ["config.type", "http"],
        ["config.url", "https://example.com/health"],
        ["config.method", "GET"],
        ["config.assertions.0.type", "status"],
        ["config.assertions.0.expected", "200-299"],
        ["paused", "false"],
        ["paused", "true"],
      ]),
    );
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toMatchObject({ name: "API", paused: true, config: { type: "http", url: "https://example.com/health" } });
    expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
  });

  it("keeps containers free of a prototype and lists as arrays", () => {
    const result = formToObject(form([["config.checkIds[]", "a"], ["config.checkIds[]", "b"], ["list.0", "x"]]));
    if (!result.ok) throw new Error(result.message);
    const config = result.value.config as Record<string, unknown>;
    expect(Object.getPrototypeOf(result.value)).toBeNull();
    expect(Object.getPrototypeOf(config)).toBeNull();
    expect(config.checkIds).toEqual(["a", "b"]);
    expect(result.value.list).toEqual(["x"]);
  });

  it("refuses a field sent both as a value and as an object instead of throwing", () => {
    expect(formToObject(form([["a", "1"], ["a.b", "2"]])).ok).toBe(false);
    expect(formToObject(form([["a", "1"], ["a[]", "2"]])).ok).toBe(false);
  });

  it("refuses huge list indices and array properties that are not indices", () => {
    expect(formToObject(form([["a.99999999", "1"]])).ok).toBe(false);
    expect(formToObject(form([["a.0", "1"], ["a.length", "abc"]])).ok).toBe(false);
  });


  it("refuses a NUL character under its field, which PostgreSQL text cannot store", () => {
    const parsed = parseForm(signUp, form([["name", "A\u0000"], ["email", "a@example.com"], ["password", "long enough"]]));
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["name"], message: "Remove the invisible NUL character from this field." })]);
  });
});

describe("formValues", () => {
  it("echoes ordinary fields and drops prototype keys", () => {
    const values = formValues(form([["name", "A"], ["__proto__.publish", "on"], ["tags[]", "a"], ["tags[]", "b"]]));
    expect(values).toEqual({ name: "A", "tags[]": "a,b" });
    expect(probe().publish).toBeUndefined();
  });
});
