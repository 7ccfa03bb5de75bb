import { z } from "zod";

const httpUrl = z
  .string()
  .trim()
  .min(1, "Enter a URL")
  .url("Enter a full URL, like https://example.com/health")
  .refine((u) => /^https?:\/\//i.test(u), "The URL must start with http:// or https://");

export const statusAssertion = z.object({
  type: z.literal("status"),
  /** e.g. "200-299", "200,204", "2xx" */
  expected: z.string().trim().min(1),
});

export const httpConfig = z.object({
  type: z.literal("http"),
  url: httpUrl,
  method: z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
  headers: z.array(z.object({ name: z.string().min(1), value: z.string() })).default([]),
  body: z.string().max(65_536).optional(),
  followRedirects: z.boolean().default(true),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  verifyTls: z.boolean().default(true),
  assertions: z.array(statusAssertion).default([{ type: "status", expected: "200-299" }]),
  upsideDown: z.boolean().default(false),
});
export type HttpConfig = z.infer<typeof httpConfig>;

export const checkConfig = z.discriminatedUnion("type", [httpConfig]);
export type CheckConfig = z.infer<typeof checkConfig>;
