import { z } from "zod";

/** Up only when its member checks are up; evaluated from their stored state, never probed. */
export const compositeConfig = z.object({
  type: z.literal("composite"),
  // A form with no box ticked sends no field at all.
  checkIds: z.preprocess(
    (value) => value ?? [],
    z.array(z.string().uuid("Pick checks from the list")).min(1, "Pick at least one check").max(100, "Pick at most 100 checks"),
  ),
  mode: z.literal("all").default("all"),
});
export type CompositeConfig = z.infer<typeof compositeConfig>;
