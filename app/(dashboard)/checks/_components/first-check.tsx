import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The README's section on the machine-readable API (JSON, feeds, badges). */
const API_DOCS = "https://github.com/pingpage/pingpage#machine-readable-status";
const EXAMPLE = "/checks/new?name=Example%20website&url=https%3A%2F%2Fexample.com%2F";

/** A first visit: one click to a filled-in check, then where to go next. */
export function FirstCheck({ canEdit }: { canEdit: boolean }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <h2 className="text-lg font-medium">No checks yet</h2>
      <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">
        Pingpage requests a URL every minute and tells you when it stops answering as expected. Start with an example and change
        the address to your own.
      </p>
      {canEdit ? (
        <Link href={EXAMPLE} className={buttonClass("primary", "mt-4")}>Monitor a website</Link>
      ) : (
        <p className="mt-4 text-sm text-slate-600">Ask an editor of this workspace to add the first check.</p>
      )}
      <ul className="mx-auto mt-6 max-w-md space-y-1 text-left text-sm text-slate-600">
        <li>
          Then share it: <Link href="/pages/new" className="font-medium text-brand-700 hover:underline">create a status page</Link> that shows your checks to your users.
        </li>
        <li>
          Or read it from a program: <a href={API_DOCS} className="font-medium text-brand-700 hover:underline">the API docs</a> in the README.
        </li>
      </ul>
    </div>
  );
}
