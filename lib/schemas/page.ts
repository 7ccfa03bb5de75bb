import { z } from "zod";
import { PAGE_LANGUAGES } from "@/lib/i18n/locales";
import { isValidTimeZone } from "@/lib/status-page/zoned";

const RESERVED = new Set(["api", "admin", "new", "edit", "settings", "s", "www", "status", "app", "dashboard"]);

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(50, "Use at most 50 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes (like acme-status)")
  .refine((s) => !RESERVED.has(s), "That slug is reserved; pick another");

const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), "Enter a full http(s) URL")
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

export const pageInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Keep the name under 100 characters"),
  slug,
  description: z.string().trim().max(500, "Keep the description under 500 characters").optional().transform((v) => v || null),
  websiteUrl: optionalUrl,
  logoUrl: optionalUrl,
  faviconUrl: optionalUrl,
  timeZone: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || "UTC")
    .refine(isValidTimeZone, "Use a time zone name like Europe/Paris or UTC"),
  theme: z.enum(["system", "light", "dark"], { message: "Choose a theme" }).default("system"),
  language: z.enum(PAGE_LANGUAGES, { message: "Choose a language" }).default("auto"),
  autoIncidents: z.enum(["off", "draft", "published"], { message: "Choose what a failing check does" }).default("published"),
  brandColor: z
    .string()
    .trim()
    .refine((v) => v === "" || /^#[0-9a-f]{6}$/i.test(v), "Use a hex colour like #2f6fed")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  checkIds: z.array(z.string().uuid("Unknown check")).max(200, "At most 200 components on a page").default([]),
});
export type PageInput = z.infer<typeof pageInput>;

export const pageId = z.string().uuid("Unknown page");

export const pagePasswordInput = z.object({
  password: z.string().max(200, "Keep the password under 200 characters").refine((v) => v === "" || v.length >= 8, "Use at least 8 characters, or leave empty to make the page public"),
});

/** One row of the components editor. */
export const componentSettings = z.object({
  id: z.string().uuid("Unknown component"),
  name: z.string().trim().min(1, "Enter a name").max(100, "Keep names under 100 characters"),
  description: z.string().trim().max(500).optional().transform((v) => v || null),
  groupName: z.string().trim().max(100, "Keep group names under 100 characters").optional().transform((v) => v || null),
  position: z.coerce.number().int("Use a whole number").min(0).max(10_000),
  showResponseTime: z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((v) => v === "on"),
});
export const componentsInput = z.object({ components: z.array(componentSettings).max(200) });
export type ComponentsInput = z.infer<typeof componentsInput>;
