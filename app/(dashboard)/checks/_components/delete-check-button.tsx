"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";

/** Deleting loses the check's history, so it asks first, in a modal dialog. */
export function DeleteCheckButton({ name, action }: { name: string; action: () => Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant="danger" type="button" onClick={() => dialog.current?.showModal()}>
        Delete
      </Button>
      <dialog ref={dialog} aria-labelledby="delete-title" className="m-auto w-full max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 id="delete-title" className="text-lg font-semibold text-slate-900">
          Delete “{name}”?
        </h2>
        <p className="mt-2 text-sm text-slate-600">Its runs, uptime history and outages are deleted too, and status pages stop showing it. This cannot be undone.</p>
        <form action={action} className="mt-6 flex justify-end gap-3">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button type="submit" variant="danger">
            Delete check
          </Button>
        </form>
      </dialog>
    </>
  );
}
