import Link from "next/link";
import { listAlerts } from "@/lib/services/alerts/history";
import type { Ctx } from "@/lib/services/context";
import { AlertList } from "../../notifications/_components/alert-list";

/** The check page's panel: its last alerts, with a link to their deliveries in the history. */
export async function RecentAlerts({ ctx, checkId }: { ctx: Ctx; checkId: string }) {
  const alerts = await listAlerts(ctx, { checkId, limit: 5 });
  return (
    <div className="space-y-2">
      <AlertList alerts={alerts} showCheck={false} />
      <Link href={`/notifications/history?checkId=${checkId}`} className="text-sm text-brand-700 hover:underline">
        Alert history of this check
      </Link>
    </div>
  );
}
