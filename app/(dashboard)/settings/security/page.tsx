import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/context";
import { workspaceRequiresTwoFactor } from "@/lib/services/two-factor/workspace-policy";
import { TwoFactorPolicyForm } from "./two-factor-policy-form";

export const metadata: Metadata = { title: "Security" };

export default async function WorkspaceSecurityPage() {
  const ctx = await requireCtx();
  const required = await workspaceRequiresTwoFactor(ctx);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Security of {ctx.workspaceName}</h1>
      <section aria-labelledby="require-2fa-heading" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="require-2fa-heading" className="font-semibold">Two-factor authentication for members</h2>
        <p className="text-sm text-slate-700">
          {required
            ? "Required: members without two-factor authentication are asked to set it up before they can open this workspace."
            : "Not required. When required, members without two-factor authentication must set it up on their next visit to this workspace."}
        </p>
        {ctx.role === "owner" ? (
          <TwoFactorPolicyForm required={required} />
        ) : (
          <p className="text-sm text-slate-600">Only owners can change this.</p>
        )}
      </section>
    </div>
  );
}
