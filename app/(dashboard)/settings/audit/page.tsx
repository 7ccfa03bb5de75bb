import type { Metadata } from "next";
import Link from "next/link";
import { fieldErrorsOf } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { auditFilter, type AuditFilter } from "@/lib/schemas/audit";
import { listAuditEntries } from "@/lib/services/audit/list";
import { listMembers } from "@/lib/services/members/manage";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query string that keeps the filters and moves to another page of results. */
function pageHref(filter: AuditFilter, cursor: number | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, cursor: cursor ?? undefined })) {
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/settings/audit?${query}` : "/settings/audit";
}

export default async function AuditPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  if (ctx.role !== "owner" && ctx.role !== "admin") {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p role="alert" className="text-sm text-slate-700">
          Only owners and admins of {ctx.workspaceName} can see its audit log. Ask an owner if you need it.
        </p>
      </div>
    );
  }
  const raw = await searchParams;
  const parsed = auditFilter.safeParse(raw);
  const members = await listMembers(ctx);
  const actors = [...members.map((m) => ({ id: m.userId, label: m.email })), { id: "system", label: "Pingpage (automatic)" }];
  const values = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? "") : (value ?? "")]));
  const result = parsed.success ? await listAuditEntries(ctx, parsed.data) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="text-sm text-slate-600">
          Every change in {ctx.workspaceName}: who made it, to what, and when. Entries are kept for at least 400 days; secrets show only that
          they changed.
        </p>
      </div>
      <AuditFilters actors={actors} values={values} fieldErrors={parsed.success ? {} : fieldErrorsOf(parsed.error)} />
      {result ? (
        <>
          <AuditTable entries={result.entries} />
          <nav aria-label="Audit log pages" className="flex justify-between text-sm">
            {parsed.data?.cursor ? (
              <Link href={pageHref({ ...parsed.data, cursor: undefined }, null)} className="font-medium text-brand-700 hover:underline">
                Newest entries
              </Link>
            ) : (
              <span />
            )}
            {result.nextCursor ? (
              <Link href={pageHref(parsed.data!, result.nextCursor)} className="font-medium text-brand-700 hover:underline">
                Older entries
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}
