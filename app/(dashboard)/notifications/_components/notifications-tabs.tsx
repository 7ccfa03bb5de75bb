import { NavLink } from "@/components/dashboard/nav-link";

/** The Notifications area's sections. */
export function NotificationsTabs() {
  return (
    <nav aria-label="Notifications" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
      <NavLink href="/notifications/channels">Channels</NavLink>
      <NavLink href="/notifications/history">History</NavLink>
    </nav>
  );
}
