import { z } from "zod";

/** Named colours, each with fixed classes (components/tag-chip.tsx), so every tag stays legible. */
export const tagColours = ["slate", "red", "orange", "amber", "green", "teal", "sky", "blue", "violet", "pink"] as const;
export type TagColour = (typeof tagColours)[number];

export const tagId = z.uuid({ error: "Pick a tag from the list" });

export const tagInput = z.object({
  name: z.string({ error: "Enter a tag name" }).trim().min(1, "Enter a tag name").max(40, "Keep a tag name under 40 characters"),
  colour: z.enum(tagColours, { error: "Pick a colour from the list" }).default("slate"),
});
export type TagInput = z.infer<typeof tagInput>;
