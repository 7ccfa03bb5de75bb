import type { Metadata } from "next";
import Link from "next/link";
import { listChecks } from "@/lib/services/checks/read";
import { updateCheckAction } from "../../actions";
import { CheckForm } from "../../_components/check-form";
import { checkFormValues } from "../../_components/form-values";
import { loadCheck } from "../load";

export const metadata: Metadata = { title: "Edit check" };

export default async function EditCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, check } = await loadCheck((await params).id);
  const others = (await listChecks(ctx)).filter((c) => c.id !== check.id);
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/checks/${check.id}`} className="text-sm text-slate-600 hover:underline">
          ← {check.name}
        </Link>
        <h1 className="text-2xl font-semibold">Edit check</h1>
        <p className="text-sm text-slate-600">Saving reschedules the check at once.</p>
      </div>
      <CheckForm
        action={updateCheckAction.bind(null, check.id)}
        submitLabel="Save changes"
        initialValues={checkFormValues(check)}
        members={others.map((c) => ({ id: c.id, name: c.name }))}
      />
    </div>
  );
}
