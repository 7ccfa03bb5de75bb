import Link from "next/link";
import { Logo } from "@/components/logo";
import { FlashNotice } from "@/components/dashboard/flash-notice";
import { NavLink } from "@/components/dashboard/nav-link";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { WorkspaceSwitcher } from "@/components/dashboard/workspace-switcher";
import { requireUserId } from "@/lib/auth/context";
import { isInstanceAdmin } from "@/lib/services/instance/admin";
import { unreadOutboxCount } from "@/lib/services/instance/outbox";
import { listWorkspaces } from "@/lib/services/workspaces";
import { cookies } from "next/headers";
import { WORKSPACE_COOKIE } from "@/lib/auth/context";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const userId = await requireUserId();
  const [workspaces, instanceAdmin] = await Promise.all([listWorkspaces(userId), isInstanceAdmin(userId)]);
  // null when mail really goes out: then the admin's link leads to the mail settings instead.
  const unread = instanceAdmin ? await unreadOutboxCount(userId) : null;
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
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            <NavLink href="/checks">Checks</NavLink>
            <NavLink href="/pages">Status pages</NavLink>
            <NavLink href="/settings/members">Members</NavLink>
            <NavLink href="/settings/security">Security</NavLink>
            {instanceAdmin && unread !== null ? (
              <NavLink href="/admin/outbox">
                Outbox{" "}
                {unread > 0 ? (
                  <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white">
                    {unread}
                    <span className="sr-only"> unread</span>
                  </span>
                ) : null}
              </NavLink>
            ) : null}
            {instanceAdmin && unread === null ? <NavLink href="/admin/mail">Mail</NavLink> : null}
            {instanceAdmin ? <NavLink href="/admin/instance">Instance</NavLink> : null}
            <NavLink href="/settings/usage">Usage</NavLink>
            {current?.role === "owner" || current?.role === "admin" ? <NavLink href="/settings/audit">Audit log</NavLink> : null}
            {current?.role === "owner" || current?.role === "admin" ? <NavLink href="/settings/tokens">API tokens</NavLink> : null}
          </nav>
          <div className="ml-auto flex items-center gap-4">
            <Link href="/account" className="text-sm text-slate-600 hover:text-slate-900">
              Account
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      <FlashNotice />
    </div>
  );
}
