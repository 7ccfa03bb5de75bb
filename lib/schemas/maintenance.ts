import { z } from "zod";

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter a date and time");

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
