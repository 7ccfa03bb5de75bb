import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCtx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { alertPolicyId } from "@/lib/schemas/alert-policy";
import { assertRole } from "@/lib/services/context";
import { policyChoices, readAlertPolicy } from "@/lib/services/alerts/policies/read";
import { PolicyForm } from "../_components/policy-form";

export const metadata: Metadata = { title: "Edit alert policy" };

export default async function EditPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireCtx();
  assertRole(ctx, "editor");
  if (!alertPolicyId.safeParse(id).success) notFound();
  const policy = await readAlertPolicy(ctx, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Edit {policy.name}</h1>
      <PolicyForm policy={policy} choices={await policyChoices(ctx)} />
    </div>
  );
}
