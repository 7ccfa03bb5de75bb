import type { Role } from "@/lib/services/context";

/** Said where a form would be, to a member whose role may not use it: they see why, not a refusal later. */
export function NeedsRole({ role, what }: { role: Role; what: string }) {
  return (
    <p role="note" className="max-w-2xl rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200">
      {what} needs the {role} role or higher in this workspace. Ask an owner or admin to change your role.
    </p>
  );
}
