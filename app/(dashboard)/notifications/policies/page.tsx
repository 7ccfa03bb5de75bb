import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { alertEventLabels, type AlertEvent } from "@/lib/alerts/kinds";
import { requireCtx } from "@/lib/auth/context";
import { hasRole } from "@/lib/services/context";
import { listAlertPolicies, policyChoices } from "@/lib/services/alerts/policies/read";
import { deletePolicyAction } from "./_components/actions";

export const metadata: Metadata = { title: "Alert policies" };

export default async function PoliciesPage() {
  const ctx = await requireCtx();
  const [policies, choices] = await Promise.all([listAlertPolicies(ctx), policyChoices(ctx)]);
  const channelName = new Map(choices.channels.map((c) => [c.id, c.name]));
  const canEdit = hasRole(ctx, "editor");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Alert policies</h1>
          <p className="text-sm text-slate-600">Which checks, which events, which channels. Changes close together go out as one message per channel.</p>
        </div>
        {canEdit ? (
          <Link href="/notifications/policies/new" className={buttonClass()}>
            New policy
          </Link>
        ) : null}
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {policies.length === 0 ? <li className="px-4 py-3 text-sm text-slate-600">No policies: nobody hears of an outage.</li> : null}
        {policies.map((policy) => (
          <li key={policy.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0 space-y-0.5">
              <p className="font-medium">
                {canEdit ? <Link href={`/notifications/policies/${policy.id}`} className="hover:underline">{policy.name}</Link> : policy.name}
                {policy.enabled ? null : <span className="ml-2 text-xs text-slate-500">(off)</span>}
              </p>
              <p className="text-xs text-slate-500">
                {policy.scope === "all" ? "All checks" : policy.scope === "tags" ? `Checks tagged (${policy.tagIds.length} tags)` : `${policy.checkIds.length} picked checks`}
                {" · "}
                {policy.events.map((e) => alertEventLabels[e as AlertEvent] ?? e).join(", ")}
                {" → "}
                {policy.channelIds.map((id) => channelName.get(id) ?? "removed channel").join(", ") || "no channel"}
                {policy.delayMinutes ? ` · after ${policy.delayMinutes} min` : ""}
                {policy.reminderMinutes ? ` · remind every ${policy.reminderMinutes} min (max ${policy.reminderCap})` : ""}
                {policy.escalation.length ? ` · ${policy.escalation.length} escalation steps` : ""}
              </p>
            </div>
            {canEdit ? (
              <ActionButton action={deletePolicyAction.bind(null, policy.id)} variant="danger" label={`Delete ${policy.name}`}>
                Delete
              </ActionButton>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
