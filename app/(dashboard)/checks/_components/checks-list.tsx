"use client";

import { useCallback, useMemo, useState } from "react";
import type { Tag } from "@/lib/services/checks/tags";
import { BulkBar } from "./bulk-bar";
import type { CheckListItem } from "./check-list-row";
import { CheckCards, CheckTable } from "./check-rows";
import { useLiveStates, useNow } from "./use-live-states";

type Props = { checks: CheckListItem[]; tags: Tag[]; canEdit: boolean; renderedAt: string };

/** One page of checks: a table on wide screens, cards on phones, kept live by polling. */
export function ChecksList({ checks, tags, canEdit, renderedAt }: Props) {
  const ids = useMemo(() => checks.map((check) => check.id), [checks]);
  const { states, updatedAt } = useLiveStates(ids, renderedAt);
  const now = useNow();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const visible = useMemo(() => new Set(ids), [ids]);
  const chosen = [...selected].filter((id) => visible.has(id));
  const live = checks.map((check) => ({ ...check, ...states.get(check.id) }));

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  // The bar closes with the selection, so its confirmation is kept here.
  const [notice, setNotice] = useState<string | null>(null);
  const done = useCallback((message: string) => {
    setNotice(message);
    setSelected(new Set());
  }, []);
  const allChosen = chosen.length === ids.length && ids.length > 0;
  const age = Math.max(0, Math.round((now.getTime() - updatedAt.getTime()) / 1000));
  const rows = { checks: live, selected, onToggle: toggle, selectable: canEdit, now };

  return (
    <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 text-xs text-slate-500">
        {canEdit ? (
          <label className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="h-4 w-4 rounded border-slate-300"
              checked={allChosen}
              onChange={() => {
                setNotice(null);
                setSelected(allChosen ? new Set() : new Set(ids));
              }}
            />
            Select all on this page
          </label>
        ) : <span />}
        <span role="status" aria-live="off" title="States refresh every 5 seconds while this tab is open" suppressHydrationWarning>
          Updated {age} s ago
        </span>
      </div>
      {canEdit && chosen.length > 0 ? <BulkBar selected={chosen} tags={tags} onDone={done} /> : null}
      {notice && chosen.length === 0 ? (
        <p role="status" className="border-b border-slate-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      ) : null}
      <CheckTable {...rows} />
      <CheckCards {...rows} />
    </div>
  );
}
