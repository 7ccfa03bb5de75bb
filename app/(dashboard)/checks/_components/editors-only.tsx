import Link from "next/link";

/** Shown instead of a check form to a viewer: nothing of the check's settings is sent. */
export function EditorsOnly({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <div className="max-w-xl space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">Editors only</h1>
      <p className="text-sm text-slate-600">
        Changing checks needs the editor role or higher in this workspace. Ask an owner or admin to change your role.
      </p>
      <Link href={backHref} className="text-sm text-slate-600 hover:underline">
        ← {backLabel}
      </Link>
    </div>
  );
}
