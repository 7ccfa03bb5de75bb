"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { argument } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { subscriberScope } from "@/lib/schemas/subscriber";
import { confirmSubscription, unsubscribe, updateSubscriptionScope } from "@/lib/services/subscribers/manage";

const token = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
const slug = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** Confirming is a POST, not the link's GET: mail scanners that open links confirm nothing. */
export async function confirmAction(rawSlug: string, rawToken: string): Promise<void> {
  const parsed = z.object({ slug, token }).safeParse({ slug: rawSlug, token: rawToken });
  const confirmed = parsed.success ? await confirmSubscription(parsed.data.token) : null;
  if (!confirmed) redirect(`/s/${parsed.data?.slug ?? rawSlug}/subscription/confirm/${encodeURIComponent(rawToken)}?invalid=1`);
  redirect(`/s/${confirmed.slug}/subscription/${confirmed.manageToken}?confirmed=1`);
}

export async function saveScopeAction(rawSlug: string, rawToken: string, formData: FormData): Promise<void> {
  const parsed = argument(z.object({ slug, token }), { slug: rawSlug, token: rawToken });
  const some = formData.get("scope") === "some";
  const scope = subscriberScope.safeParse({
    componentIds: some ? formData.getAll("componentIds").map(String) : [],
    groupNames: some ? formData.getAll("groupNames").map(String) : [],
  });
  let outcome = "saved=1";
  try {
    if (!scope.success) throw new AppError("validation", "Choose components of this page");
    await updateSubscriptionScope(parsed.token, scope.data);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = error.code === "not_found" ? "invalid=1" : "error=1";
  }
  redirect(`/s/${parsed.slug}/subscription/${parsed.token}?${outcome}`);
}

export async function unsubscribeAction(rawSlug: string, rawToken: string): Promise<void> {
  const parsed = argument(z.object({ slug, token }), { slug: rawSlug, token: rawToken });
  await unsubscribe(parsed.token).catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
  });
  redirect(`/s/${parsed.slug}/subscription/${parsed.token}?unsubscribed=1`);
}
