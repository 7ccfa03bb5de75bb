"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-result";

type Row = { id: string; name: string; description: string | null; groupName: string | null; position: number; showResponseTime: boolean };

const input = "block w-full rounded-md border-0 px-2.5 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500";

/** Display name, description, group, order and response-time chart of each component, saved together. */
export function ComponentsForm({ action, components }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; components: Row[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  if (components.length === 0) return <p className="text-sm text-slate-600">Choose the checks this page shows under Settings first.</p>;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">
        Components with the same group name next to each other form a group visitors can fold. Lower positions come first.
      </p>
      <FormMessage message={state.message} />
      {state.values && !state.message ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Saved.
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">Display name</th>
              <th scope="col" className="px-3 py-2">Description</th>
              <th scope="col" className="px-3 py-2">Group</th>
              <th scope="col" className="px-3 py-2">Position</th>
              <th scope="col" className="px-3 py-2">Response time chart</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {components.map((c, i) => {
              const field = (name: string) => `components.${i}.${name}`;
              const value = (name: string, fallback: string) => state.values?.[field(name)] ?? fallback;
              return (
                <tr key={c.id}>
                  <td className="px-3 py-2">
                    <input type="hidden" name={field("id")} value={c.id} />
                    <input aria-label={`Display name of ${c.name}`} name={field("name")} defaultValue={value("name", c.name)} aria-invalid={!!e[field("name")]} className={input} />
                    {e[field("name")] ? <p role="alert" className="mt-1 text-xs text-red-600">{e[field("name")]?.join(" ")}</p> : null}
                  </td>
                  <td className="px-3 py-2">
                    <input aria-label={`Description of ${c.name}`} name={field("description")} defaultValue={value("description", c.description ?? "")} className={input} />
                  </td>
                  <td className="px-3 py-2">
                    <input aria-label={`Group of ${c.name}`} name={field("groupName")} defaultValue={value("groupName", c.groupName ?? "")} className={input} placeholder="None" />
                  </td>
                  <td className="w-24 px-3 py-2">
                    <input aria-label={`Position of ${c.name}`} name={field("position")} type="number" min={0} defaultValue={value("position", String(c.position))} aria-invalid={!!e[field("position")]} className={input} />
                  </td>
                  <td className="px-3 py-2 text-center">
                    <input aria-label={`Show response time of ${c.name}`} type="checkbox" name={field("showResponseTime")} defaultChecked={c.showResponseTime} className="h-4 w-4" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save components"}
      </Button>
    </form>
  );
}
