import type { Metadata } from "next";
import { WorkspaceForm } from "./workspace-form";

export const metadata: Metadata = { title: "New workspace" };

export default function NewWorkspacePage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New workspace</h1>
        <p className="text-sm text-slate-600">A workspace holds its own checks, status pages and members.</p>
      </div>
      <WorkspaceForm />
    </div>
  );
}
