import type { Metadata } from "next";
import { NeedsRole } from "@/components/ui/needs-role";
import { requireCtx } from "@/lib/auth/context";
import { listCheckOptions } from "@/lib/services/checks/read";
import { hasRole } from "@/lib/services/context";
import { createPageAction } from "../actions";
import { PageForm } from "../_components/page-form";

export const metadata: Metadata = { title: "New status page" };

export default async function NewPagePage() {
  const ctx = await requireCtx();
  if (!hasRole(ctx, "editor")) return <NeedsRole role="editor" what="Creating a status page" />;
  const checks = await listCheckOptions(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New status page</h1>
        <p className="text-sm text-slate-600">A public page that shows the state of the checks you choose.</p>
      </div>
      <PageForm action={createPageAction} checks={checks} submitLabel="Create page" />
    </div>
  );
}
