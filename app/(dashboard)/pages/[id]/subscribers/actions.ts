"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, argument, fieldErrorsOf, formMessage, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { pageId } from "@/lib/schemas/page";
import { subscriberId, subscriberImportInput, subscriptionSettingsInput } from "@/lib/schemas/subscriber-owner";
import { importSubscribers } from "@/lib/services/subscribers/import";
import { removeSubscriber, resendConfirmation, updateSubscriptionSettings } from "@/lib/services/subscribers/owner-write";

const tab = (page: string) => `/pages/${page}/subscribers`;
// The form's checkboxes post "false" then "true" when ticked (components/ui/field.tsx): the last wins.
const ticked = (formData: FormData, name: string) => formData.getAll(name).at(-1) === "true";

export type SettingsState = ActionState & { saved?: string };

export async function updateSubscriptionSettingsAction(page: string, _prev: SettingsState, formData: FormData): Promise<SettingsState> {
  return runAction("updateSubscriptionSettingsAction", async () => {
    const ctx = await requireCtx();
    const parsed = subscriptionSettingsInput.safeParse({ channels: formData.getAll("channels[]"), notifyComponentChanges: ticked(formData, "notifyComponentChanges") });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, "Please fix the highlighted field.") };
    await updateSubscriptionSettings(ctx, argument(pageId, page), parsed.data);
    revalidatePath(tab(page));
    return { message: null, saved: "Subscription settings saved." };
  });
}

export type ImportState = ActionState & { imported?: string };

export async function importSubscribersAction(page: string, _prev: ImportState, formData: FormData): Promise<ImportState> {
  return runAction("importSubscribersAction", async () => {
    const ctx = await requireCtx();
    const file = formData.get("csv");
    const csv = typeof File !== "undefined" && file instanceof File ? await file.text() : "";
    const parsed = subscriberImportInput.safeParse({ csv, consent: ticked(formData, "consent") });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: formMessage(parsed.error, "Please fix the highlighted field.") };
    const summary = await importSubscribers(ctx, argument(pageId, page), parsed.data);
    revalidatePath(tab(page));
    const parts = [`${summary.added} added`, `${summary.confirmed} confirmed`, `${summary.unchanged} already subscribed`, `${summary.skipped} skipped (unsubscribed or bounced)`];
    return { message: null, imported: `Imported: ${parts.join(", ")}.` };
  });
}

export async function removeSubscriberAction(page: string, subscriber: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("removeSubscriberAction", async () => {
    const ctx = await requireCtx();
    await removeSubscriber(ctx, argument(pageId, page), argument(subscriberId, subscriber));
    revalidatePath(tab(page));
  });
}

export async function resendConfirmationAction(page: string, subscriber: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("resendConfirmationAction", async () => {
    const ctx = await requireCtx();
    await resendConfirmation(ctx, argument(pageId, page), argument(subscriberId, subscriber));
    revalidatePath(tab(page));
  });
}
