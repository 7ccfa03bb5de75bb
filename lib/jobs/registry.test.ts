import { describe, expect, it } from "vitest";
import { subscribers } from "@/lib/events/subscribers";
import { crontab, dispatchTaskName, jobNames, parseJobPayload, schedules } from "./registry";

describe("the job registry", () => {
  it("builds the crontab from the schedules, every one a registered task", () => {
    const lines = crontab().split("\n");
    expect(lines).toHaveLength(schedules.length);
    for (const line of lines) expect(jobNames).toContain(line.split(" ")[5]);
    expect(lines).toContain("* * * * * composites__evaluate ?max=1");
  });

  it("names a region's dispatch chain after the region", () => {
    expect(dispatchTaskName("eu-west")).toBe("checks__dispatch:eu-west");
  });

  it("subscribes only registered tasks", () => {
    for (const task of Object.values(subscribers).flat()) expect(jobNames).toContain(task);
  });

  it("says which task and which field when a payload does not match", () => {
    expect(() => parseJobPayload("email__send", { emailId: "x" })).toThrow("email__send: malformed payload (emailId: ");
    expect(parseJobPayload("rollups__refresh", { _cron: { ts: "2026-05-01T10:00:00Z" } })).toEqual({ lookbackMinutes: 5 });
  });
});
