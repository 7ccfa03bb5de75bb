import { z } from "zod";

/** A date that exists on the calendar: Date.UTC would silently roll "2026-13-45T25:61" into 2027. */
function isRealDateTime(value: string): boolean {
  const [y, mo, d, h, m] = value.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, m));
  return y >= 1970 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === m;
}

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter a date and time")
  .refine(isRealDateTime, "Enter a date and time that exists, like 2030-01-31T09:00");

/** Times are wall-clock times in the page's time zone; the service converts them to instants. */
export const maintenanceInput = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(200, "Keep the title under 200 characters"),
    description: z.string().trim().max(10_000).optional().transform((v) => v || null),
    startsAt: localDateTime,
    endsAt: localDateTime,
    componentIds: z.array(z.string().uuid("Unknown component")).default([]),
  })
  .refine((m) => m.endsAt > m.startsAt, { message: "The window must end after it starts", path: ["endsAt"] });
export type MaintenanceInput = z.infer<typeof maintenanceInput>;

export const maintenanceUpdateInput = z.object({
  message: z.string().trim().min(1, "Write an update for your visitors").max(10_000, "Keep an update under 10,000 characters"),
});

export const maintenanceId = z.string().uuid("Unknown maintenance");
