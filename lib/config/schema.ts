import { z } from "zod";
import { checkTypes } from "@/lib/checks/registry";
import { compositeRule } from "@/lib/checks/composite/schema";
import { formNumber } from "@/lib/schemas/check-config/shared";
import { checkInput } from "@/lib/schemas/check";
import { pageInput } from "@/lib/schemas/page";
import { maintenanceInput } from "@/lib/schemas/maintenance";
import { tagInput } from "@/lib/schemas/tag";
import { resourceKey } from "@/lib/schemas/resource-key";

/**
 * The `pingpage.yaml` format. Each resource reuses the schema the dashboard form and the REST API
 * parse, so the three agree; only references differ: the file names other resources by `key`, the
 * API by id. Kept free of the database: the standalone mode reads the same format.
 */
export { resourceKey };

/** A composite names its member checks by key in the file. */
const compositeSpec = z
  .object({
    type: z.literal("composite"),
    checks: z.array(resourceKey).min(1, "Name at least one check").max(100, "Name at most 100 checks"),
    rule: compositeRule.default("all"),
    k: formNumber(z.number().int("Use a whole number of checks").min(1, "At least 1 check must be up").optional()),
  })
  .strict();

const probedConfigs = checkTypes.filter((definition) => definition.type !== "composite").map((definition) => definition.config);
export const checkConfigSpec = z.discriminatedUnion("type", [...probedConfigs, compositeSpec] as unknown as [typeof compositeSpec]);

export const checkSpec = z
  .object({
    ...checkInput.shape,
    key: resourceKey,
    config: checkConfigSpec,
    /** Tag names; tags the workspace lacks are created. */
    tags: z.array(tagInput.shape.name).max(20, "At most 20 tags on a check").default([]),
  })
  .strict()
  .refine((check) => check.quorum <= Math.max(1, check.regions.length), {
    message: "The quorum cannot exceed the number of regions the check is pinned to",
    path: ["quorum"],
  });
export type CheckSpec = z.infer<typeof checkSpec>;

export const componentSpec = z
  .object({
    /** The check this component shows, by key. */
    check: resourceKey,
    name: z.string().trim().min(1, "Enter a name").max(100, "Keep names under 100 characters").optional(),
    description: z.string().trim().max(500).nullable().optional().transform((v) => v || null),
    group: z.string().trim().max(100, "Keep group names under 100 characters").nullable().optional().transform((v) => v || null),
    showResponseTime: z.boolean().default(false),
  })
  .strict();
export type ComponentSpec = z.infer<typeof componentSpec>;

export const pageSpec = pageInput
  .omit({ checkIds: true })
  .extend({
    /** In display order; a group is shown where its first component is. */
    components: z.array(componentSpec).max(200, "At most 200 components on a page").default([]),
  })
  .strict();
export type PageSpec = z.infer<typeof pageSpec>;

const maintenanceFields = maintenanceInput.shape;
export const maintenanceSpec = z
  .object({
    key: resourceKey,
    /** The page's slug. */
    page: z.string(),
    title: maintenanceFields.title,
    description: maintenanceFields.description,
    /** Wall-clock times in the page's time zone, like 2030-01-31T09:00. */
    startsAt: maintenanceFields.startsAt,
    endsAt: maintenanceFields.endsAt,
    /** The components under maintenance, by their check's key; none means the whole page. */
    components: z.array(resourceKey).default([]),
  })
  .strict()
  .refine((m) => m.endsAt > m.startsAt, { message: "The window must end after it starts", path: ["endsAt"] });
export type MaintenanceSpec = z.infer<typeof maintenanceSpec>;

/**
 * Sections the format knows. Alert channels and policies (issue 9) and subscribers add a key here
 * with their own spec; plan, apply and export iterate over the sections a server offers.
 */
export const configFile = z
  .object({
    checks: z.array(checkSpec).default([]),
    pages: z.array(pageSpec).default([]),
    maintenance: z.array(maintenanceSpec).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const section of ["checks", "pages", "maintenance"] as const) {
      const seen = new Set<string>();
      const field = section === "pages" ? "slug" : "key";
      file[section].forEach((resource, index) => {
        const key = resourceKeyOf(section, resource);
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [section, index, field], message: `Another ${section} entry already uses the ${field} "${key}"` });
        seen.add(key);
      });
    }
    const checkKeys = new Set(file.checks.map((check) => check.key));
    const pageKeys = new Map(file.pages.map((page) => [page.slug, page]));
    file.checks.forEach((check, index) => {
      if (check.config.type !== "composite") return;
      check.config.checks.forEach((member, at) => {
        if (!checkKeys.has(member)) ctx.addIssue({ code: "custom", path: ["checks", index, "config", "checks", at], message: `No check has the key "${member}"` });
      });
    });
    file.pages.forEach((page, index) => {
      page.components.forEach((component, at) => {
        if (!checkKeys.has(component.check)) ctx.addIssue({ code: "custom", path: ["pages", index, "components", at, "check"], message: `No check has the key "${component.check}"` });
      });
    });
    file.maintenance.forEach((window, index) => {
      const page = pageKeys.get(window.page);
      if (!page) return ctx.addIssue({ code: "custom", path: ["maintenance", index, "page"], message: `No page has the slug "${window.page}"` });
      const shown = new Set(page.components.map((component) => component.check));
      window.components.forEach((component, at) => {
        if (!shown.has(component)) ctx.addIssue({ code: "custom", path: ["maintenance", index, "components", at], message: `Page "${page.slug}" shows no check "${component}"` });
      });
    });
  });
export type ConfigFile = z.infer<typeof configFile>;
export type ConfigSection = "checks" | "pages" | "maintenance";

/** What matches a resource between the file and the server: its key; a page's slug. */
export function resourceKeyOf(section: ConfigSection, resource: { key?: string; slug?: string }): string {
  return (section === "pages" ? resource.slug : resource.key) ?? "";
}

/** The JSON Schema editors use (served at /api/v1/config.schema.json): what a person may write. */
export function configJsonSchema() {
  return z.toJSONSchema(configFile, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
}
