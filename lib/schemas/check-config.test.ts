import { describe, expect, it } from "vitest";
import { checkConfig, parseResolverAddress, storedCheckConfig } from "./check-config";

describe("checkConfig", () => {
  it("fills defaults for the dashboard form's HTTP shape", () => {
    const parsed = checkConfig.parse({
      type: "http",
      url: "https://example.com/health",
      method: "GET",
      assertions: [{ type: "status", expected: "200-299" }],
    });
    expect(parsed).toMatchObject({
      type: "http",
      followRedirects: true,
      maxRedirects: 5,
      verifyTls: true,
      headers: [],
      query: [],
      upsideDown: false,
    });
  });

  it("names the bad field", () => {
    const bad = checkConfig.safeParse({ type: "http", url: "https://example.com", assertions: [{ type: "status", expected: "ok" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["assertions", 0, "expected"]);
  });

  it.each([
    { type: "http", url: "ftp://example.com" },
    { type: "http", url: "https://example.com", headers: [{ name: "Connection", value: "close" }] },
    { type: "http", url: "https://example.com", headers: [{ name: "X-A", value: "a\r\nX-B: b" }] },
    { type: "http", url: "https://example.com", assertions: [{ type: "body", op: "matches", value: "(" }] },
    { type: "http", url: "https://example.com", assertions: [{ type: "jsonPath", path: "$..x", op: "eq", value: "1" }] },
    { type: "tcp", host: "https://example.com", port: 443 },
    { type: "tcp", host: "example.com", port: 70_000 },
    { type: "dns", hostname: "example.com", resolver: "dns.google" },
    { type: "composite", checkIds: [] },
    { type: "heartbeat", periodSeconds: 1 },
  ])("rejects %j", (input) => {
    expect(checkConfig.safeParse(input).success).toBe(false);
  });

  it.each([
    { type: "tcp", host: "db.example.com", port: 5432, send: "PING\r\n", expect: "PONG" },
    { type: "tcp", host: "[2001:db8::1]", port: 22 },
    { type: "dns", hostname: "example.com", recordType: "MX", resolver: "1.1.1.1:53", expected: ["10 mx.example.com"] },
    { type: "tls", host: "example.com" },
    { type: "ping", host: "192.0.2.1" },
    { type: "heartbeat", periodSeconds: 300 },
    { type: "composite", checkIds: ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b"] },
  ])("accepts %j", (input) => {
    expect(checkConfig.safeParse(input).success).toBe(true);
  });
});

describe("composite rules", () => {
  const two = ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b", "0b3f6d1e-2c4a-4e8b-9f7a-5d6c7b8a9e0f"];

  it("keeps composites saved without a rule on all", () => {
    expect(checkConfig.parse({ type: "composite", checkIds: two, mode: "all" })).toMatchObject({ rule: "all" });
  });

  it("reads K from the form's text", () => {
    expect(checkConfig.parse({ type: "composite", checkIds: two, rule: "at_least", k: "2" })).toMatchObject({ rule: "at_least", k: 2 });
  });

  it.each([
    [{ rule: "at_least" }, "Enter how many checks must be up"],
    [{ rule: "at_least", k: "" }, "Enter how many checks must be up"],
    [{ rule: "at_least", k: 0 }, "At least 1 check must be up"],
    [{ rule: "at_least", k: 3 }, "At most 2: the number of checks chosen"],
  ])("refuses K in %j, naming the field", (rule, message) => {
    const parsed = checkConfig.safeParse({ type: "composite", checkIds: two, ...rule });
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["k"], message })]);
  });
});

describe("parseResolverAddress", () => {
  it.each([
    ["1.1.1.1", { host: "1.1.1.1", port: 53 }],
    ["1.1.1.1:5353", { host: "1.1.1.1", port: 5353 }],
    ["2606:4700::1111", { host: "2606:4700::1111", port: 53 }],
    ["[2606:4700::1111]:853", { host: "2606:4700::1111", port: 853 }],
  ])("reads %s", (text, expected) => {
    expect(parseResolverAddress(text)).toEqual(expected);
  });

  it.each(["dns.google", "1.1.1.1:0", "1.1.1", "[::1]:x"])("rejects %s", (text) => {
    expect(parseResolverAddress(text)).toBeNull();
  });
});

describe("storedCheckConfig", () => {
  const savedBeforeRe2 = {
    type: "http",
    url: "https://example.com",
    assertions: [{ type: "body", op: "matches", value: "ok(?=\\s*$)" }],
  };

  it("loads a check whose pattern only JavaScript's RegExp accepted, so it can be opened and fixed", () => {
    expect(storedCheckConfig.parse(savedBeforeRe2)).toMatchObject({ assertions: [{ value: "ok(?=\\s*$)" }] });
  });

  it("while the worker's schema refuses to run it, saying why", () => {
    const parsed = checkConfig.safeParse(savedBeforeRe2);
    expect(parsed.error?.issues[0]?.message).toBe("Lookahead ((?=…) is not supported; Pingpage runs regexes in linear time");
  });
});
