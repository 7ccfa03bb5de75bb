import { handleApiRequest } from "@/lib/api/handle";
import { createApiToken } from "@/lib/services/api-tokens/manage";
import type { PersonCtx } from "@/lib/services/context";
import { apiTokenInput } from "@/lib/schemas/api-token";
import { createOwnerCtx } from "./factories";

export type ApiCall = { status: number; headers: Headers; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls /api/v1 through the same handler the route exports, as an HTTP client would. */
export async function callApi(token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiCall> {
  const init: RequestInit = { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const response = await handleApiRequest(new Request(`http://localhost/api/v1${path}`, init));
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A fresh owner's workspace and a token in it (read and write unless asked otherwise). */
export async function apiWorkspace(options: { scopes?: ("read" | "write")[]; expiresAt?: Date } = {}): Promise<{ ctx: PersonCtx; token: string; tokenId: string }> {
  const ctx = await createOwnerCtx();
  const created = await createApiToken(ctx, apiTokenInput.parse({ name: "CI", scopes: options.scopes ?? ["read", "write"], expiresAt: options.expiresAt ?? null }));
  return { ctx, token: created.token, tokenId: created.id };
}

export const httpCheck = (name = "API") => ({
  name,
  intervalSeconds: 60,
  config: { type: "http", url: "https://example.com/health", method: "GET", assertions: [{ type: "status", expected: "200-299" }] },
});
