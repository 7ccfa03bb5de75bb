"use client";

import { useState } from "react";
import type { Translate } from "@/lib/i18n/translate";

export type ScopeComponent = { id: string; name: string; groupName: string | null };

type Props = { components: ScopeComponent[]; t: Translate; initial?: { componentIds: string[] | null; groupNames: string[] | null } };

/**
 * Whole page, or chosen components and groups. Field names match the subscribe request
 * (`scope`, `componentIds`, `groupNames`), so the control and the manage page's form share it.
 */
export function ScopePicker({ components, t, initial }: Props) {
  const scoped = !!initial && (initial.componentIds !== null || initial.groupNames !== null);
  const [some, setSome] = useState(scoped);
  const groups = [...new Set(components.flatMap((c) => (c.groupName ? [c.groupName] : [])))];
  const ungrouped = components.filter((c) => !c.groupName);
  const box = (name: "componentIds" | "groupNames", value: string, label: string, checked: boolean) => (
    <label key={`${name}:${value}`} className="flex items-center gap-1.5">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} />
      {label}
    </label>
  );
  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="font-medium">{t("subscribe.scope")}</legend>
      <label className="flex items-center gap-1.5">
        <input type="radio" name="scope" value="all" checked={!some} onChange={() => setSome(false)} />
        {t("subscribe.scopeAll")}
      </label>
      <label className="flex items-center gap-1.5">
        <input type="radio" name="scope" value="some" checked={some} onChange={() => setSome(true)} />
        {t("subscribe.scopeSome")}
      </label>
      {some ? (
        <div className="ml-6 space-y-2">
          {groups.map((group) => (
            <div key={group} className="space-y-1">
              {box("groupNames", group, t("subscribe.groupAll", { name: group }), !!initial?.groupNames?.includes(group))}
              <div className="ml-6 space-y-1">
                {components.filter((c) => c.groupName === group).map((c) => box("componentIds", c.id, c.name, !!initial?.componentIds?.includes(c.id)))}
              </div>
            </div>
          ))}
          {ungrouped.map((c) => box("componentIds", c.id, c.name, !!initial?.componentIds?.includes(c.id)))}
        </div>
      ) : null}
    </fieldset>
  );
}
