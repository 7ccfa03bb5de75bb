import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/context";
import { listChecks } from "@/lib/services/checks/read";
import { createCheckAction } from "../actions";
import { CheckForm } from "../_components/check-form";
import { newCheckValues } from "../_components/form-values";

export const metadata: Metadata = { title: "New check" };

export default async function NewCheckPage() {
  const ctx = await requireCtx();
  const checks = await listChecks(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New check</h1>
        <p className="text-sm text-slate-600">Pingpage probes the target on every interval and records whether it answered as expected.</p>
      </div>
      <CheckForm action={createCheckAction} submitLabel="Create check" initialValues={newCheckValues} members={checks.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
