"use client";

import { useActionState } from "react";
import { ActionButton, ActionMessage } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { tagColours } from "@/lib/schemas/tag";
import type { Tag } from "@/lib/services/checks/tags";
import { createTagAction, deleteTagAction } from "../actions";
import { TagChip } from "./tag-chip";

/** The workspace's tags: create one with a colour, or delete one (its checks keep running). */
export function TagManager({ tags }: { tags: Tag[] }) {
  const [state, formAction, pending] = useActionState(createTagAction, {});
  return (
    <details className="rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      <summary className="cursor-pointer font-medium text-slate-800">Tags ({tags.length})</summary>
      <form action={formAction} className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs font-medium text-slate-600">
          New tag
          <input name="name" required maxLength={40} className="rounded-md border-slate-300 py-1.5 text-sm" aria-invalid={Boolean(state.fieldErrors?.name)} />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Colour
          <select name="colour" defaultValue="slate" className="rounded-md border-slate-300 py-1.5 text-sm">
            {tagColours.map((colour) => <option key={colour} value={colour}>{colour}</option>)}
          </select>
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>Create tag</Button>
        {state.fieldErrors?.name ? <p className="basis-full text-sm text-red-700">{state.fieldErrors.name[0]}</p> : null}
        <ActionMessage state={state} />
      </form>
      {tags.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-3">
          {tags.map((tag) => (
            <li key={tag.id} className="flex items-center gap-1">
              <TagChip name={tag.name} colour={tag.colour} />
              <ActionButton action={deleteTagAction.bind(null, tag.id)} variant="ghost" label={`Delete tag ${tag.name}`}>×</ActionButton>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
