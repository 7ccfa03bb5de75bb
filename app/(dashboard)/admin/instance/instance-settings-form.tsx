"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import type { InstanceSettingsView } from "@/lib/services/instance/settings";
import { saveInstanceSettingsAction } from "./actions";

type QuotaName = keyof InstanceSettingsView["defaultQuotas"];
const quotaLabels: [QuotaName, string][] = [
  ["checks", "Checks per workspace"],
  ["minIntervalSeconds", "Shortest interval (seconds)"],
  ["pages", "Status pages per workspace"],
  ["members", "Members per workspace"],
  ["regionsPerCheck", "Regions per check"],
];

export function InstanceSettingsForm({ settings, envQuotas }: { settings: InstanceSettingsView; envQuotas: Record<QuotaName, number> }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveInstanceSettingsAction, {});
  const e = state.fieldErrors ?? {};
  const v = state.values;
  const fromEnv = settings.privateTargetsFromEnv;
  return (
    <form action={action} className="max-w-2xl space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" noValidate>
      <FormMessage message={state.message} />
      {v?.saved ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Instance settings saved.
        </p>
      ) : null}
      <Field label="Who can sign up" name="signupMode" errors={e.signupMode} hint="Existing accounts can still sign in and accept invitations. The instance admin can always sign in.">
        <Select name="signupMode" defaultValue={v?.signupMode ?? settings.signupMode} errors={e.signupMode}>
          <option value="open">Anyone</option>
          <option value="invite_only">Only people with an invitation link</option>
          <option value="closed">Nobody (sign-up closed)</option>
        </Select>
      </Field>
      <Checkbox
        label="Allow private targets"
        name="allowPrivateTargets"
        defaultChecked={settings.allowPrivateTargets}
        errors={e.allowPrivateTargets}
        hint={
          fromEnv === undefined
            ? "Checks may target this machine (localhost) and private networks. Turn on only when everyone who can sign up is trusted. Workers follow within a minute."
            : `ALLOW_PRIVATE_TARGETS=${fromEnv} is set in the environment and wins over this switch.`
        }
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Default quotas for every workspace</legend>
        <p className="text-xs text-slate-500">Leave a field empty to keep the environment&apos;s value, shown as the placeholder.</p>
        {quotaLabels.map(([name, label]) => (
          <Field key={name} label={label} name={`defaultQuotas.${name}`} errors={e[`defaultQuotas.${name}`]}>
            <TextInput
              name={`defaultQuotas.${name}`}
              inputMode="numeric"
              placeholder={String(envQuotas[name])}
              defaultValue={v?.[`defaultQuotas.${name}`] ?? settings.defaultQuotas[name] ?? ""}
              errors={e[`defaultQuotas.${name}`]}
            />
          </Field>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
