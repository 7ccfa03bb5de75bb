import { describe, expect, it } from "vitest";
import { compareJson } from "./json-compare";
import { parseJsonPath, readJsonPath } from "./json-path";

const doc = { a: { b: [{ c: 42 }, { "odd key": "x" }] }, list: [1, "two"], flag: false, nothing: null };
const read = (path: string) => readJsonPath(doc, parseJsonPath(path) ?? ["<unparsed>"]);

describe("JSON path", () => {
  it("parses dots, indexes and quoted keys", () => {
    expect(parseJsonPath("$.a.b[0].c")).toEqual(["a", "b", 0, "c"]);
    expect(parseJsonPath("$['a'][\"b\"][1]['odd key']")).toEqual(["a", "b", 1, "odd key"]);
    expect(parseJsonPath("$")).toEqual([]);
  });

  it.each(["a.b", "$..a", "$.a[*]", "$.a[?(@.x)]", "$[-1]", "$.a.", "$.1a"])("refuses %j", (path) => {
    expect(parseJsonPath(path)).toBeNull();
  });

  it("reads values, including falsy ones", () => {
    expect(read("$.a.b[0].c")).toEqual({ found: true, value: 42 });
    expect(read("$.a.b[1]['odd key']")).toEqual({ found: true, value: "x" });
    expect(read("$.flag")).toEqual({ found: true, value: false });
    expect(read("$.nothing")).toEqual({ found: true, value: null });
  });

  it("reports missing steps instead of reaching into prototypes", () => {
    expect(read("$.a.b[5]")).toEqual({ found: false });
    expect(read("$.list.length")).toEqual({ found: false });
    expect(read("$.__proto__")).toEqual({ found: false });
    expect(read("$.a.constructor")).toEqual({ found: false });
    expect(read("$.flag.x")).toEqual({ found: false });
  });
});

describe("compareJson", () => {
  it("compares numbers numerically and strings exactly", () => {
    expect(compareJson(42, "eq", "42.0")).toBe(true);
    expect(compareJson("42", "eq", "42.0")).toBe(false);
    expect(compareJson(42, "lt", "100")).toBe(true);
    expect(compareJson(42, "gt", "100")).toBe(false);
    expect(compareJson("150", "gt", "100")).toBe(true);
    expect(compareJson("abc", "lt", "100")).toBe(false);
  });

  it("spells booleans and null as JSON", () => {
    expect(compareJson(false, "eq", "false")).toBe(true);
    expect(compareJson(null, "eq", "null")).toBe(true);
    expect(compareJson(true, "ne", "true")).toBe(false);
  });

  it("looks inside strings and arrays for contains", () => {
    expect(compareJson("all systems go", "contains", "systems")).toBe(true);
    expect(compareJson([1, "two"], "contains", "1")).toBe(true);
    expect(compareJson([1, "two"], "contains", "three")).toBe(false);
    expect(compareJson({ a: 1 }, "contains", "a")).toBe(false);
  });

  it("compares objects by their JSON", () => {
    expect(compareJson({ a: [1, 2] }, "eq", '{"a":[1,2]}')).toBe(true);
    expect(compareJson({ a: [1, 2] }, "eq", "not json")).toBe(false);
  });
});
