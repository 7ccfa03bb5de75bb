import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/context";
import { createCheckAction } from "../actions";
import { CheckForm } from "../_components/check-form";

export const metadata: Metadata = { title: "New check" };

export default async function NewCheckPage() {
  await requireCtx();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New HTTP check</h1>
        <p className="text-sm text-slate-600">Pingpage requests the URL on every interval and records whether it answered as expected.</p>
      </div>
      <CheckForm action={createCheckAction} submitLabel="Create check" />
    </div>
  );
}
