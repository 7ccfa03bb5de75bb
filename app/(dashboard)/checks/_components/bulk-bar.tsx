"use client";

import { useActionState, useEffect, useState } from "react";
import { ActionMessage } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import type { Tag } from "@/lib/services/checks/tags";
import { bulkChecksAction, type BulkState } from "../actions";

type Props = { selected: string[]; tags: Tag[]; onDone: (message: string) => void };

/** Pause, resume, delete or tag the selected checks; the server's answer shows beside the button. */
export function BulkBar({ selected, tags, onDone }: Props) {
  const [state, formAction, pending] = useActionState<BulkState, FormData>(bulkChecksAction, {});
  const [op, setOp] = useState("pause");
  useEffect(() => {
    if (state.done) onDone(state.done);
  }, [state, onDone]);
  const count = selected.length;
  const needsTag = op === "tag" || op === "untag";
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm"
      onSubmit={(event) => {
        if (op === "delete" && !window.confirm(`Delete ${count} ${count === 1 ? "check" : "checks"} and their history?`)) event.preventDefault();
      }}
    >
      {selected.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      <span className="font-medium text-slate-700">{count} selected</span>
      <label className="sr-only" htmlFor="bulk-op">Action for the selected checks</label>
      <select id="bulk-op" name="op" value={op} onChange={(event) => setOp(event.target.value)} className="rounded-md border-slate-300 py-1.5 text-sm">
        <option value="pause">Pause</option>
        <option value="resume">Resume</option>
        <option value="tag">Add tag</option>
        <option value="untag">Remove tag</option>
        <option value="delete">Delete</option>
      </select>
      {needsTag ? (
        <>
          <label className="sr-only" htmlFor="bulk-tag">Tag</label>
          <select id="bulk-tag" name="tagId" className="rounded-md border-slate-300 py-1.5 text-sm" defaultValue="">
            <option value="" disabled>{tags.length === 0 ? "Create a tag first" : "Pick a tag"}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>{tag.name}</option>
            ))}
          </select>
        </>
      ) : null}
      <Button type="submit" variant={op === "delete" ? "danger" : "secondary"} disabled={pending || count === 0}>
        {pending ? "Working…" : "Apply to selected"}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
