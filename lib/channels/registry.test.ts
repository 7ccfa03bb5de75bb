import { describe, expect, it } from "vitest";
import { channelForms } from "./forms";
import { channelModules } from "./registry";

describe("channel registries", () => {
  it("list the same types, with the same labels, in the same order", () => {
    expect(channelForms.map(({ type, label }) => ({ type, label }))).toEqual(channelModules.map(({ type, label }) => ({ type, label })));
    expect(new Set(channelModules.map((module) => module.type)).size).toBe(channelModules.length);
  });
});
