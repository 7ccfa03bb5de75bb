import { z } from "zod";

/** Up only when its member checks are up; evaluated from their stored state, never probed. */
export const compositeConfig = z.object({
  type: z.literal("composite"),
  checkIds: z.array(z.string().uuid()).min(1, "Pick at least one check").max(100),
  mode: z.literal("all").default("all"),
});
export type CompositeConfig = z.infer<typeof compositeConfig>;
