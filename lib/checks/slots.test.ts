import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { nextSlotMs, slotPhaseMs, slotsBetween } from "./slots";

describe("slot grid", () => {
  it("puts every slot of a check on its own phase of the interval", () => {
    const id = "0000ea60-0000-4000-8000-000000000000"; // leading 0x0000ea60 = 60,000 ms
    expect(slotPhaseMs(id, 45)).toBe(15_000);
    expect(nextSlotMs(id, 45, 0)).toBe(15_000);
    expect(nextSlotMs(id, 45, 15_000)).toBe(60_000);
    expect(nextSlotMs(id, 45, 59_999)).toBe(60_000);
  });

  it("spreads many checks with one interval evenly over it", () => {
    const seconds = Array.from({ length: 30 }, () => 0);
    for (let i = 0; i < 30_000; i += 1) seconds[Math.floor(slotPhaseMs(randomUUID(), 30) / 1000)]! += 1;
    expect(Math.min(...seconds)).toBeGreaterThan(800);
    expect(Math.max(...seconds)).toBeLessThan(1_200);
  });

  it("lists the slots inside a window, start included and end excluded", () => {
    const id = randomUUID();
    const first = nextSlotMs(id, 10, 1_000_000);
    expect(slotsBetween(id, 10, first, first + 30_000)).toEqual([first, first + 10_000, first + 20_000]);
  });
});
