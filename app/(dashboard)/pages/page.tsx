import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireCtx } from "@/lib/auth/context";
import { hasRole } from "@/lib/services/context";
import { listPages } from "@/lib/services/pages/read";

export const metadata: Metadata = { title: "Status pages" };

export default async function PagesPage() {
  const ctx = await requireCtx();
  const pages = await listPages(ctx);
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Status pages</h1>
        {hasRole(ctx, "editor") ? (
          <Link href="/pages/new" className={buttonClass()}>
            New status page
          </Link>
        ) : null}
      </div>
      {pages.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="font-medium">No status pages yet</h2>
          <p className="mt-1 text-sm text-slate-600">Publish the state of your checks to your users.</p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {pages.map((page) => (
            <li key={page.id} className="flex items-center justify-between gap-4 px-4 py-3">
              <div>
                <Link href={`/pages/${page.id}`} className="font-medium hover:underline">
                  {page.name}
                </Link>
                <p className="text-xs text-slate-500">
                  {page.components} component{page.components === 1 ? "" : "s"}
                </p>
              </div>
              <a href={`/s/${page.slug}`} target="_blank" rel="noreferrer" className="text-sm text-brand-600 hover:underline">
                /s/{page.slug} ↗
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
