"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-result";
import { tagColours } from "@/lib/schemas/tag";
import type { Tag } from "@/lib/services/checks/tags";
import { TagChip } from "./tag-chip";

type Props = { tags: Tag[]; chosen: string[]; action: (prev: ActionState, formData: FormData) => Promise<ActionState> };

/** Pick the check's tags from the workspace's, or type a new one with its colour. */
export function CheckTagsForm({ tags, chosen, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3 rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      {tags.length > 0 ? (
        <fieldset className="flex flex-wrap gap-3">
          <legend className="sr-only">Tags</legend>
          {tags.map((tag) => (
            <label key={tag.id} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="tagIds" value={tag.id} defaultChecked={chosen.includes(tag.id)} className="h-4 w-4 rounded border-slate-300" />
              <TagChip name={tag.name} colour={tag.colour} />
            </label>
          ))}
        </fieldset>
      ) : <p className="text-slate-600">No tags yet in this workspace.</p>}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs font-medium text-slate-600">
          New tag
          <input name="newTag" maxLength={40} className="rounded-md border-slate-300 py-1.5 text-sm" aria-invalid={Boolean(state.fieldErrors?.newTag)} />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Colour
          <select name="newTagColour" defaultValue="slate" className="rounded-md border-slate-300 py-1.5 text-sm">
            {tagColours.map((colour) => <option key={colour} value={colour}>{colour}</option>)}
          </select>
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>Save tags</Button>
      </div>
      {state.fieldErrors?.newTag ? <p className="text-red-700">{state.fieldErrors.newTag[0]}</p> : null}
      <ActionMessage state={state} />
    </form>
  );
}
