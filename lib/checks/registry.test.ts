import { describe, expect, it } from "vitest";
import { checkType } from "@/db/schema";
import { checkConfig, storedCheckConfig } from "@/lib/schemas/check-config";
import { describeTarget } from "./describe";
import { checkTypeForms } from "./forms";
import { checkTypes, isProbed, probedTypes } from "./registry";

describe("check type registry", () => {
  it("has one definition per value of the database's check_type enum, and no other", () => {
    expect(checkTypes.map((definition) => definition.type).sort()).toEqual([...checkType.enumValues].sort());
  });

  it("lists the same types in the browser's form registry, in the same order, probed alike", () => {
    const server = checkTypes.map(({ type, label, probed }) => ({ type, label, probed }));
    expect(checkTypeForms.map(({ type, label, probed }) => ({ type, label, probed }))).toEqual(server);
  });

  it("probes every type but those evaluated from stored state", () => {
    expect(probedTypes).toEqual(["http", "tcp", "dns", "tls", "ping"]);
    expect(isProbed("heartbeat")).toBe(false);
    expect(isProbed("composite")).toBe(false);
    expect(isProbed("tls")).toBe(true);
  });

  it("builds the settings unions from each type's schemas", () => {
    expect(checkConfig.parse({ type: "tls", host: "example.com" })).toMatchObject({ port: 443, minDaysValid: 14 });
    expect(storedCheckConfig.safeParse({ type: "sftp", host: "example.com" }).success).toBe(false);
  });

  it.each([
    [{ type: "http", url: "https://example.com/health" }, "GET https://example.com/health"],
    [{ type: "tcp", host: "db.example.com", port: 5432 }, "TCP db.example.com:5432"],
    [{ type: "dns", hostname: "example.com", recordType: "MX" }, "DNS MX example.com"],
    [{ type: "tls", host: "example.com" }, "TLS certificate of example.com:443"],
    [{ type: "ping", host: "192.0.2.1" }, "Ping 192.0.2.1"],
    [{ type: "heartbeat", periodSeconds: 60 }, "Heartbeat (push)"],
    [{ type: "composite", checkIds: ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b"] }, "All of 1 checks"],
    [{ type: "composite", checkIds: ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b"], rule: "any" }, "Any of 1 checks"],
    [
      { type: "composite", checkIds: ["6f1c2b0e-7d4a-4f5e-9a8b-1c2d3e4f5a6b", "0b3f6d1e-2c4a-4e8b-9f7a-5d6c7b8a9e0f"], rule: "at_least", k: 1 },
      "At least 1 of 2 checks",
    ],
  ])("describes %j", (config, text) => {
    expect(describeTarget(checkConfig.parse(config))).toBe(text);
  });
});
