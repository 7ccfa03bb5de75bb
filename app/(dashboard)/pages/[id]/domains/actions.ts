"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, argument, fieldErrorsOf, formMessage, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { refreshPageCache } from "@/lib/cache/refresh";
import { parseForm } from "@/lib/parse-form";
import { domainId, domainInput } from "@/lib/schemas/domain";
import { pageId } from "@/lib/schemas/page";
import { addDomain, removeDomain, requestDomainCheck } from "@/lib/services/domains/manage";
import { domainTag } from "@/lib/status-page/tags";

export async function addDomainAction(page: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("addDomainAction", async () => {
    const ctx = await requireCtx();
    const parsed = parseForm(domainInput, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, "Please fix the highlighted field."), values: formValues(formData) };
    await addDomain(ctx, argument(pageId, page), parsed.data.hostname);
    revalidatePath(`/pages/${page}/domains`);
    return { message: null };
  }, formValues(formData));
}

export async function checkDomainAction(page: string, domain: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("checkDomainAction", async () => {
    const ctx = await requireCtx();
    await requestDomainCheck(ctx, argument(domainId, domain));
    revalidatePath(`/pages/${page}/domains`);
  });
}

export async function removeDomainAction(page: string, domain: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("removeDomainAction", async () => {
    const ctx = await requireCtx();
    const removed = await removeDomain(ctx, argument(domainId, domain));
    refreshPageCache([domainTag(removed.hostname)]);
    revalidatePath(`/pages/${page}/domains`);
  });
}
