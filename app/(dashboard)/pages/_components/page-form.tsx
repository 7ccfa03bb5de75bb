"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  checks: { id: string; name: string }[];
  initial?: {
    name: string;
    slug: string;
    description: string | null;
    websiteUrl: string | null;
    logoUrl?: string | null;
    faviconUrl?: string | null;
    brandColor?: string | null;
    timeZone?: string;
    theme?: string;
    language?: string;
    autoIncidents?: string;
    checkIds: string[];
  };
  submitLabel: string;
};

export function PageForm({ action, checks, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback: string | null | undefined) => state.values?.[name] ?? fallback ?? undefined;
  const saved = state.values && !state.message && !state.fieldErrors;
  const selected = state.values ? (state.values["checkIds[]"]?.split(",") ?? []) : (initial?.checkIds ?? []);
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormMessage message={state.message} />
      {saved ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Saved.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" errors={e.name}>
          <TextInput name="name" defaultValue={v("name", initial?.name)} errors={e.name} placeholder="Acme status" />
        </Field>
        <Field label="Slug" name="slug" errors={e.slug} hint="The public address: /s/your-slug">
          <TextInput name="slug" defaultValue={v("slug", initial?.slug)} errors={e.slug} placeholder="acme" autoCapitalize="none" />
        </Field>
      </div>
      <Field label="Description" name="description" errors={e.description}>
        <TextInput name="description" defaultValue={v("description", initial?.description)} errors={e.description} />
      </Field>
      <Field label="Your website" name="websiteUrl" errors={e.websiteUrl} hint="Optional: a link back from the status page.">
        <TextInput name="websiteUrl" type="url" defaultValue={v("websiteUrl", initial?.websiteUrl)} errors={e.websiteUrl} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Logo URL" name="logoUrl" errors={e.logoUrl} hint="Optional: shown beside the name.">
          <TextInput name="logoUrl" type="url" defaultValue={v("logoUrl", initial?.logoUrl)} errors={e.logoUrl} />
        </Field>
        <Field label="Favicon URL" name="faviconUrl" errors={e.faviconUrl} hint="Optional: the browser tab's icon.">
          <TextInput name="faviconUrl" type="url" defaultValue={v("faviconUrl", initial?.faviconUrl)} errors={e.faviconUrl} />
        </Field>
        <Field label="Brand colour" name="brandColor" errors={e.brandColor} hint="Optional: a hex colour like #2f6fed.">
          <TextInput name="brandColor" defaultValue={v("brandColor", initial?.brandColor)} errors={e.brandColor} placeholder="#2f6fed" />
        </Field>
        <Field label="Time zone" name="timeZone" errors={e.timeZone} hint="Days on the uptime bars and incident history begin at midnight here.">
          <TextInput name="timeZone" defaultValue={v("timeZone", initial?.timeZone ?? "UTC")} errors={e.timeZone} placeholder="Europe/Paris" list="time-zones" />
        </Field>
        <Field label="Theme" name="theme" errors={e.theme} hint="Visitors can still switch.">
          <Select name="theme" defaultValue={v("theme", initial?.theme ?? "system")} errors={e.theme}>
            <option value="system">Follow the visitor&apos;s system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </Select>
        </Field>
        <Field label="Language" name="language" errors={e.language} hint="Of the public page: dates, numbers and every label.">
          <Select name="language" defaultValue={v("language", initial?.language ?? "auto")} errors={e.language}>
            <option value="auto">Follow the visitor&apos;s browser</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="When a check goes down" name="autoIncidents" errors={e.autoIncidents}>
          <Select name="autoIncidents" defaultValue={v("autoIncidents", initial?.autoIncidents ?? "published")} errors={e.autoIncidents}>
            <option value="published">Open and publish an incident</option>
            <option value="draft">Open a draft incident for me to publish</option>
            <option value="off">Do nothing</option>
          </Select>
        </Field>
      </div>
      <datalist id="time-zones">
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Checks shown on this page</legend>
        {checks.length === 0 ? <p className="text-sm text-slate-600">You have no checks yet. Create one first.</p> : null}
        {checks.map((check) => (
          <label key={check.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="checkIds[]"
              value={check.id}
              defaultChecked={selected.includes(check.id)}
              className="h-4 w-4 rounded border-slate-300 text-brand-600"
            />
            {check.name}
          </label>
        ))}
        {e.checkIds ? (
          <p role="alert" className="text-sm text-red-600">
            {e.checkIds.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}

function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === "function" ? ["UTC", ...Intl.supportedValuesOf("timeZone")] : ["UTC"];
}
