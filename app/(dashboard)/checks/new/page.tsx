import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/context";
import { listCheckOptions } from "@/lib/services/checks/read";
import { hasRole } from "@/lib/services/context";
import { createCheckAction } from "../actions";
import { CheckForm } from "../_components/check-form";
import { EditorsOnly } from "../_components/editors-only";
import { newCheckValues } from "../_components/form-values";
import { prefilledValues } from "../_components/prefill";

export const metadata: Metadata = { title: "New check" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewCheckPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  if (!hasRole(ctx, "editor")) return <EditorsOnly backHref="/checks" backLabel="Checks" />;
  const checks = await listCheckOptions(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New check</h1>
        <p className="text-sm text-slate-600">Pingpage probes the target on every interval and records whether it answered as expected.</p>
      </div>
      <CheckForm action={createCheckAction} submitLabel="Create check" initialValues={prefilledValues(newCheckValues, await searchParams)} members={checks} />
    </div>
  );
}
