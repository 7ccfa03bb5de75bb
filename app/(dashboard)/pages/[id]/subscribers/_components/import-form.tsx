"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, FormMessage } from "@/components/ui/field";
import type { ImportState } from "../actions";

/** Uploads a CSV; a refused file lists every bad line, and nothing is imported until all are fixed. */
export function ImportSubscribersForm({ action }: { action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fileErrors = state.fieldErrors?.csv;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div className="space-y-1.5">
        <label htmlFor="csv" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id="csv"
          name="csv"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={fileErrors?.length ? "csv-error" : "csv-hint"}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        <p id="csv-hint" className="text-xs text-slate-500">
          A header line naming an <code>email</code> column; optional <code>components</code> and <code>groups</code> columns hold names separated by semicolons
          (empty: the whole page). An export from any page imports as it is.
        </p>
        {fileErrors?.length ? (
          <ul id="csv-error" role="alert" className="list-disc space-y-0.5 pl-5 text-sm text-red-600">
            {fileErrors.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <Checkbox
        name="consent"
        label="These people agreed to receive this page's status updates"
        hint="Imported subscribers are confirmed without a confirmation e-mail, so you vouch for their consent. Those who unsubscribed or bounced are never brought back."
        errors={state.fieldErrors?.consent}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import subscribers"}
        </Button>
        {state.imported ? (
          <p role="status" className="text-sm text-emerald-700">
            {state.imported}
          </p>
        ) : null}
      </div>
      <FormMessage message={state.message} />
    </form>
  );
}
