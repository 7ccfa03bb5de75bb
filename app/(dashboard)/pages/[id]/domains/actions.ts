"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, actionError, argument, fieldErrorsOf, formMessage, formValues } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { parseForm } from "@/lib/parse-form";
import { domainId, domainInput } from "@/lib/schemas/domain";
import { pageId } from "@/lib/schemas/page";
import { addDomain, removeDomain, requestDomainCheck } from "@/lib/services/domains/manage";

export async function addDomainAction(page: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const parsed = parseForm(domainInput, formData);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, "Please fix the highlighted field."), values: formValues(formData) };
  try {
    await addDomain(ctx, argument(pageId, page), parsed.data.hostname);
  } catch (error) {
    return actionError(error, formValues(formData));
  }
  revalidatePath(`/pages/${page}/domains`);
  return { message: null };
}

export async function checkDomainAction(page: string, domain: string): Promise<void> {
  const ctx = await requireCtx();
  await requestDomainCheck(ctx, argument(domainId, domain));
  revalidatePath(`/pages/${page}/domains`);
}

export async function removeDomainAction(page: string, domain: string): Promise<void> {
  const ctx = await requireCtx();
  await removeDomain(ctx, argument(domainId, domain));
  revalidatePath(`/pages/${page}/domains`);
}
