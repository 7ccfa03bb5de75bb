"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { apiTokenId, apiTokenInput } from "@/lib/schemas/api-token";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens/manage";

export type CreateTokenState = ActionState & { token?: string };

const PATH = "/settings/tokens";

/** The form's "access" select and empty date become the schema's scopes list and null expiry here. */
function tokenFields(formData: FormData) {
  const expiry = formData.get("expiresAt");
  return {
    name: formData.get("name"),
    scopes: formData.get("access") === "write" ? ["read", "write"] : ["read"],
    expiresAt: typeof expiry === "string" && expiry !== "" ? `${expiry}T23:59:59Z` : null,
  };
}

export async function createTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  return runAction("createTokenAction", async (): Promise<CreateTokenState> => {
    const ctx = await requireCtx();
    const parsed = apiTokenInput.safeParse(tokenFields(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error), values: formValues(formData) };
    const created = await createApiToken(ctx, parsed.data);
    revalidatePath(PATH);
    return { token: created.token };
  }, formValues(formData));
}

export async function revokeTokenAction(tokenId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("revokeTokenAction", async () => {
    const ctx = await requireCtx();
    await revokeApiToken(ctx, argument(apiTokenId, tokenId));
    revalidatePath(PATH);
  });
}
