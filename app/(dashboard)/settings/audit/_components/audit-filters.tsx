import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { auditActions, auditTargetTypes } from "@/lib/audit/actions";

type Props = {
  actors: { id: string; label: string }[];
  values: Record<string, string>;
  fieldErrors: Record<string, string[]>;
};

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and bookmarked. */
export function AuditFilters({ actors, values, fieldErrors }: Props) {
  return (
    <form method="get" action="/settings/audit" aria-label="Filter the audit log" className="grid gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
      <Field label="Who" name="actor" errors={fieldErrors.actor}>
        <Select name="actor" defaultValue={values.actor ?? ""} errors={fieldErrors.actor}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>{a.label}</option>
          ))}
        </Select>
      </Field>
      <Field label="Kind of record" name="type" errors={fieldErrors.type}>
        <Select name="type" defaultValue={values.type ?? ""} errors={fieldErrors.type}>
          <option value="">Any</option>
          {auditTargetTypes.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </Select>
      </Field>
      <Field label="Action" name="action" errors={fieldErrors.action}>
        <Select name="action" defaultValue={values.action ?? ""} errors={fieldErrors.action}>
          <option value="">Any</option>
          {Object.keys(auditActions).map((a) => (
            <option key={a} value={a}>{a}</option>
          ))}
        </Select>
      </Field>
      <Field label="From (UTC)" name="from" errors={fieldErrors.from}>
        <TextInput name="from" type="date" defaultValue={values.from ?? ""} errors={fieldErrors.from} />
      </Field>
      <Field label="To (UTC)" name="to" errors={fieldErrors.to}>
        <TextInput name="to" type="date" defaultValue={values.to ?? ""} errors={fieldErrors.to} />
      </Field>
      <Field label="Target name contains" name="q" errors={fieldErrors.q}>
        <TextInput name="q" type="search" defaultValue={values.q ?? ""} maxLength={200} errors={fieldErrors.q} />
      </Field>
      {fieldErrors.cursor ? (
        <p role="alert" className="text-sm text-red-600 sm:col-span-3">{fieldErrors.cursor.join(" ")}</p>
      ) : null}
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">Filter</Button>
        <Link href="/settings/audit" className={buttonClass("ghost")}>Clear filters</Link>
      </div>
    </form>
  );
}
