import { z } from "zod";
import { parseJsonPath } from "./json-path";
import { parseStatusExpectation } from "./status";
import { patternProblem } from "./regex-syntax";
import { formBoolean, formNumber, formOptionalText, upsideDown } from "@/lib/schemas/check-config/shared";

const httpUrl = z
  .string()
  .trim()
  .min(1, "Enter a URL")
  .url("Enter a full URL, like https://example.com/health")
  .refine((u) => /^https?:\/\//i.test(u), "The URL must start with http:// or https://");

export const statusAssertion = z.object({
  type: z.literal("status"),
  /** e.g. "200-299", "200,204", "2xx" */
  expected: z
    .string()
    .trim()
    .min(1, "Enter the expected status codes")
    .refine((text) => parseStatusExpectation(text) !== null, "Use codes, ranges or classes, like 200-299, 200,204 or 2xx"),
});

const textOp = z.enum(["contains", "notContains", "matches"]);

/** A regex is compiled only when the op is "matches" (on RE2, in linear time); other ops take the value literally. */
function patternWhenMatching(a: { op: string; value: string }, ctx: z.RefinementCtx) {
  const problem = a.op === "matches" ? patternProblem(a.value) : null;
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["value"] });
}

const bodyAssertionShape = z.object({
  type: z.literal("body"),
  op: textOp,
  value: z.string().min(1, "Enter the text to look for").max(2_000, "At most 2000 characters"),
});
export const bodyAssertion = bodyAssertionShape.superRefine(patternWhenMatching);

const headerAssertionShape = z.object({
  type: z.literal("header"),
  name: z.string().trim().min(1, "Enter the header name").max(200, "At most 200 characters"),
  op: z.enum(["equals", "contains", "matches"]),
  value: z.string().max(2_000, "At most 2000 characters"),
});
export const headerAssertion = headerAssertionShape.superRefine(patternWhenMatching);

export const jsonPathAssertion = z.object({
  type: z.literal("jsonPath"),
  /** e.g. "$.status" or "$.items[0].name" */
  path: z.string().trim().refine((p) => parseJsonPath(p) !== null, "Use a path like $.status or $.items[0].name"),
  op: z.enum(["eq", "ne", "lt", "gt", "contains"]),
  value: z.string().max(2_000, "At most 2000 characters"),
});

export const responseTimeAssertion = z.object({
  type: z.literal("responseTime"),
  maxMs: formNumber(
    z.number({ error: "Enter a time in milliseconds" }).int("Use whole milliseconds").positive("Use more than 0 ms").max(600_000, "At most 600000 ms"),
  ),
});

export const httpAssertion = z.discriminatedUnion("type", [
  statusAssertion,
  bodyAssertion,
  headerAssertion,
  jsonPathAssertion,
  responseTimeAssertion,
]);
export type HttpAssertion = z.infer<typeof httpAssertion>;

const headerName = z
  .string()
  .trim()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "Header names are letters, digits and - only")
  // These describe the connection itself; the probe manages them.
  .refine((n) => !["connection", "keep-alive", "transfer-encoding", "upgrade", "expect"].includes(n.toLowerCase()), {
    message: "This header is managed by the probe",
  });
const headerValue = z.string().max(8_192).refine((v) => !/[\r\n\0]/.test(v), "Header values must be one line");

const auth = z.discriminatedUnion("type", [
  z.object({ type: z.literal("basic"), username: z.string().min(1, "Enter the user name").max(500), password: z.string().max(500) }),
  z.object({
    type: z.literal("bearer"),
    token: z.string().min(1, "Enter the token").max(8_192).refine((v) => !/[\r\n\0]/.test(v), "The token must be one line"),
  }),
]);

/** The form's "No authentication" choice posts an empty type. */
const noAuth = (value: unknown) =>
  typeof value === "object" && value !== null && "type" in value && (value.type === "" || value.type === "none") ? undefined : value;

export const httpConfig = z.object({
  type: z.literal("http"),
  url: httpUrl,
  method: z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
  query: z
    .array(z.object({ name: z.string().min(1, "Enter the parameter name"), value: z.string() }))
    .max(50, "At most 50 parameters")
    .default([]),
  headers: z.array(z.object({ name: headerName, value: headerValue })).max(50, "At most 50 headers").default([]),
  body: formOptionalText(z.string().max(65_536, "The body can be at most 64 KiB").optional()),
  auth: z.preprocess(noAuth, auth.optional()),
  followRedirects: formBoolean(z.boolean().default(true)),
  maxRedirects: formNumber(z.number({ error: "Enter a number" }).int("Use a whole number").min(0, "Use 0 to 20").max(20, "Use 0 to 20").default(5)),
  verifyTls: formBoolean(z.boolean().default(true)),
  assertions: z.array(httpAssertion).max(50).default([{ type: "status", expected: "200-299" }]),
  upsideDown,
});
export type HttpConfig = z.infer<typeof httpConfig>;

/**
 * An HTTP check as saved under older rules, when patterns ran on JavaScript's RegExp: one that RE2
 * refuses (lookahead…) still loads, so the check opens for editing; the worker refuses to run it.
 */
export const storedHttpConfig = httpConfig.extend({
  assertions: z
    .array(z.discriminatedUnion("type", [statusAssertion, bodyAssertionShape, headerAssertionShape, jsonPathAssertion, responseTimeAssertion]))
    .max(50)
    .default([{ type: "status", expected: "200-299" }]),
});
