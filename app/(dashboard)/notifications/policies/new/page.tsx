import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/context";
import { assertRole } from "@/lib/services/context";
import { policyChoices } from "@/lib/services/alerts/policies/read";
import { PolicyForm } from "../_components/policy-form";

export const metadata: Metadata = { title: "New alert policy" };

export default async function NewPolicyPage() {
  const ctx = await requireCtx();
  assertRole(ctx, "editor");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">New alert policy</h1>
      <PolicyForm policy={null} choices={await policyChoices(ctx)} />
    </div>
  );
}
