"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, FormMessage } from "@/components/ui/field";
import type { SettingsState } from "../actions";

const CHANNELS = [
  { value: "email", label: "E-mail (confirmed by a link)" },
  { value: "webhook", label: "Webhook (confirmed by a ping)" },
  { value: "slack", label: "Slack incoming webhook" },
] as const;

type Props = {
  action: (state: SettingsState, formData: FormData) => Promise<SettingsState>;
  channels: string[];
  notifyComponentChanges: boolean;
  editable: boolean;
};

/** Which channels the public page offers (none: subscriptions off), and what is announced. */
export function SubscriptionSettingsForm({ action, channels, notifyComponentChanges, editable }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <fieldset className="space-y-2" disabled={!editable}>
        <legend className="text-sm font-medium text-slate-800">Visitors may subscribe by</legend>
        {CHANNELS.map((channel) => (
          <label key={channel.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="channels[]" value={channel.value} defaultChecked={channels.includes(channel.value)} className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
            {channel.label}
          </label>
        ))}
        <p className="text-xs text-slate-500">Untick them all to turn subscriptions off: the page then shows no Subscribe control, and existing subscribers still hear about incidents.</p>
      </fieldset>
      {editable ? (
        <>
          <Checkbox
            name="notifyComponentChanges"
            label="Also announce component status changes without an incident"
            hint="Off by default: subscribers hear about incidents and maintenance only."
            defaultChecked={notifyComponentChanges}
          />
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save subscription settings"}
            </Button>
            {state.saved ? (
              <p role="status" className="text-sm text-emerald-700">
                {state.saved}
              </p>
            ) : null}
          </div>
          <FormMessage message={state.message} />
        </>
      ) : (
        <p className="text-sm text-slate-600">Component status changes without an incident are {notifyComponentChanges ? "announced" : "not announced"}.</p>
      )}
    </form>
  );
}
