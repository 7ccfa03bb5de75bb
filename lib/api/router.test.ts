import { describe, expect, it } from "vitest";
import { operations } from "./operations";
import { findRoute } from "./router";

describe("the API router", () => {
  it("finds an operation by method and path, with its parameters", () => {
    const { route } = findRoute(operations, "GET", "/checks/abc");
    expect(route?.operation.id).toBe("getCheck");
    expect(route?.params).toEqual({ checkId: "abc" });
  });

  it("tells a wrong method from an unknown path", () => {
    expect(findRoute(operations, "PATCH", "/me")).toEqual({ route: null, allowed: ["GET"] });
    expect(findRoute(operations, "GET", "/nothing/here")).toEqual({ route: null, allowed: [] });
  });

  it("has one operation per method and path, each with a unique id", () => {
    const keys = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(operations.length);
  });
});
