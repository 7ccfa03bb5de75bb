"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-button";
import { switchWorkspaceAction } from "@/app/(dashboard)/workspaces/actions";

type Props = { current: string; workspaces: { workspaceId: string; name: string }[] };

export function WorkspaceSwitcher({ current, workspaces }: Props) {
  const [state, action] = useActionState(switchWorkspaceAction, {});
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor="workspaceId" className="sr-only">
        Workspace
      </label>
      <select
        id="workspaceId"
        name="workspaceId"
        defaultValue={current}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="max-w-48 truncate rounded-md border-0 bg-slate-100 py-1.5 pl-2 pr-7 text-sm font-medium text-slate-800 ring-1 ring-slate-200"
      >
        {workspaces.map((w) => (
          <option key={w.workspaceId} value={w.workspaceId}>
            {w.name}
          </option>
        ))}
      </select>
      <Link href="/workspaces/new" className="text-xs text-slate-500 hover:text-slate-800" title="New workspace">
        + New
      </Link>
      <ActionMessage state={state} />
    </form>
  );
}
