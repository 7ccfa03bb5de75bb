import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/context";
import { workspaceUsage } from "@/lib/services/limits/quotas";

export const metadata: Metadata = { title: "Usage and limits" };

export default async function UsagePage() {
  const ctx = await requireCtx();
  const { quotas, used } = await workspaceUsage(ctx);
  const counted = [
    { name: "Checks", used: used.checks, limit: quotas.checks },
    { name: "Status pages", used: used.pages, limit: quotas.pages },
    { name: "Members and pending invitations", used: used.members, limit: quotas.members },
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Usage of {ctx.workspaceName}</h1>
        <p className="text-sm text-slate-600">What this workspace uses of the limits your operator has set. Ask them to raise one you need more of.</p>
      </div>
      <section aria-labelledby="usage-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="usage-heading" className="sr-only">Usage</h2>
        <dl className="divide-y divide-slate-100">
          {counted.map((row) => (
            <div key={row.name} role="group" aria-label={row.name} className="flex items-center justify-between gap-4 py-2">
              <dt className="text-sm text-slate-700">{row.name}</dt>
              <dd className={`font-mono text-sm ${row.used >= row.limit ? "text-red-700" : "text-slate-900"}`}>
                {row.used} / {row.limit}
              </dd>
            </div>
          ))}
          <div className="flex items-center justify-between gap-4 py-2">
            <dt className="text-sm text-slate-700">Shortest check interval</dt>
            <dd className="font-mono text-sm">{quotas.minIntervalSeconds} s</dd>
          </div>
          <div className="flex items-center justify-between gap-4 py-2">
            <dt className="text-sm text-slate-700">Regions per check</dt>
            <dd className="font-mono text-sm">{quotas.regionsPerCheck}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
