import { z } from "zod";
import { formNumber } from "@/lib/schemas/check-config/shared";

/** How many members must be up: every one, any one, or at least `k` (a cluster fine with two of three). */
export const compositeRule = z.enum(["all", "any", "at_least"], { error: "Choose a rule" });
export type CompositeRule = z.infer<typeof compositeRule>;

/** Up only when its member checks are up; evaluated from their stored state, never probed. */
export const compositeConfig = z
  .object({
    type: z.literal("composite"),
    // A form with no box ticked sends no field at all.
    checkIds: z.preprocess(
      (value) => value ?? [],
      z.array(z.string().uuid("Pick checks from the list")).min(1, "Pick at least one check").max(100, "Pick at most 100 checks"),
    ),
    // Composites saved before rules existed meant "all".
    rule: compositeRule.default("all"),
    /** With rule "at_least": how many members must be up. */
    k: formNumber(z.number({ error: "Enter how many checks must be up" }).int("Use a whole number of checks").min(1, "At least 1 check must be up").optional()),
  })
  .superRefine((config, ctx) => {
    if (config.rule !== "at_least") return;
    if (config.k === undefined) ctx.addIssue({ code: "custom", path: ["k"], message: "Enter how many checks must be up" });
    else if (config.k > config.checkIds.length) {
      ctx.addIssue({ code: "custom", path: ["k"], message: `At most ${config.checkIds.length}: the number of checks chosen` });
    }
  });
export type CompositeConfig = z.infer<typeof compositeConfig>;
