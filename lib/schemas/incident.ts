import { z } from "zod";

export const incidentStatus = z.enum(["investigating", "identified", "monitoring", "resolved"], { message: "Choose a status" });
export const incidentImpact = z.enum(["none", "minor", "major", "critical"], { message: "Choose an impact" });
export const componentStateInput = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

/** `components.<id>` selects: "" means the component is not affected. */
const affectedComponents = z
  .record(z.string().uuid("Unknown component"), z.union([componentStateInput, z.literal("")], { message: "Choose a state" }))
  .optional()
  .transform((map) => Object.entries(map ?? {}).flatMap(([componentId, state]) => (state ? [{ componentId, state }] : [])));

const message = z.string().trim().min(1, "Write an update for your visitors").max(10_000, "Keep an update under 10,000 characters");

/** Checkboxes send "on" when ticked and nothing when not. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const incidentInput = z.object({
  title: z.string().trim().min(1, "Enter a title").max(200, "Keep the title under 200 characters"),
  status: incidentStatus,
  impact: incidentImpact,
  message,
  publish: checkbox,
  components: affectedComponents,
});
export type IncidentInput = z.infer<typeof incidentInput>;

/** `notify`: whether this update is one the page's subscribers are told about (the form ticks it by default). */
export const incidentUpdateInput = z.object({ status: incidentStatus, message, components: affectedComponents, notify: checkbox });
export type IncidentUpdateInput = z.infer<typeof incidentUpdateInput>;

export const incidentId = z.string().uuid("Unknown incident");
