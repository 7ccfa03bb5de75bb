import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** What the Subscribe control can be told; each code has a message in every catalogue (subscribe.error.*). */
export const subscribeErrorCodes = [
  "invalid_email",
  "invalid_url",
  "invalid_slack",
  "invalid_component",
  "invalid",
  "ping_failed",
  "rate_limited",
  "not_offered",
  "locked",
  "not_found",
  "failed",
] as const;
export type SubscribeErrorCode = (typeof subscribeErrorCodes)[number];
export type SubscribeError = { error: SubscribeErrorCode; field?: string; detail?: string };

/** The first bad field of a malformed request, as a code naming it. */
export function zodSubscribeError(error: z.ZodError, body: unknown): SubscribeError {
  const field = String(error.issues[0]?.path[0] ?? "");
  const channel = typeof body === "object" && body !== null ? (body as { channel?: unknown }).channel : undefined;
  if (field === "email") return { error: "invalid_email", field };
  if (field === "url") return { error: channel === "slack" ? "invalid_slack" : "invalid_url", field };
  if (field === "componentIds" || field === "groupNames") return { error: "invalid_component", field };
  return { error: "invalid", field: field || undefined };
}

/** A service error as the control's code and an HTTP status; unknown errors say nothing of themselves. */
export function subscribeErrorOf(error: unknown): { status: number; body: SubscribeError } {
  if (!(error instanceof AppError)) return { status: 500, body: { error: "failed" } };
  const field = Object.keys(error.fieldErrors)[0];
  switch (error.code) {
    case "rate_limited":
      return { status: 429, body: { error: "rate_limited" } };
    case "forbidden":
      return { status: 403, body: { error: "locked" } };
    case "not_found":
      return { status: 404, body: { error: "not_found" } };
    case "validation":
      if (field === "channel") return { status: 400, body: { error: "not_offered", field } };
      if (field === "url") return { status: 400, body: { error: "ping_failed", field, detail: error.fieldErrors.url?.[0] } };
      if (field === "componentIds" || field === "groupNames") return { status: 400, body: { error: "invalid_component", field } };
      return { status: 400, body: { error: "invalid", field } };
    default:
      return { status: 400, body: { error: "failed" } };
  }
}
