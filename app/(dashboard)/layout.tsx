import Link from "next/link";
import { Logo } from "@/components/logo";
import { NavLink } from "@/components/dashboard/nav-link";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { WorkspaceSwitcher } from "@/components/dashboard/workspace-switcher";
import { requireUserId } from "@/lib/auth/context";
import { listWorkspaces } from "@/lib/services/workspaces";
import { cookies } from "next/headers";
import { WORKSPACE_COOKIE } from "@/lib/auth/context";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const userId = await requireUserId();
  const workspaces = await listWorkspaces(userId);
  const wanted = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const current = workspaces.find((w) => w.workspaceId === wanted) ?? workspaces[0];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/checks" aria-label="Dashboard">
            <Logo />
          </Link>
          {current ? <WorkspaceSwitcher current={current.workspaceId} workspaces={workspaces} /> : null}
          <nav aria-label="Main" className="flex gap-1">
            <NavLink href="/checks">Checks</NavLink>
            <NavLink href="/pages">Status pages</NavLink>
            <NavLink href="/settings/members">Members</NavLink>
            {current?.role === "owner" || current?.role === "admin" ? <NavLink href="/settings/audit">Audit log</NavLink> : null}
          </nav>
          <div className="ml-auto">
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
