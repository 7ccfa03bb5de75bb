import { describe, expect, it } from "vitest";
import { describeWait } from "./rate-limit";

describe("describeWait", () => {
  it("says when to try again in the unit a person would use", () => {
    expect(describeWait(0)).toBe("1 second");
    expect(describeWait(45)).toBe("45 seconds");
    expect(describeWait(14 * 60 + 5)).toBe("15 minutes");
    expect(describeWait(3_600)).toBe("60 minutes");
    expect(describeWait(5_400)).toBe("2 hours");
  });
});
