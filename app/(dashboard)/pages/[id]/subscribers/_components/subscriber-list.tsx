import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { timeAgo } from "@/lib/format";
import type { Ctx } from "@/lib/services/context";
import { LIST_LIMIT, listSubscribers } from "@/lib/services/subscribers/owner-read";
import { removeSubscriberAction, resendConfirmationAction } from "../actions";

const STATUS_STYLE = {
  confirmed: "bg-emerald-100 text-emerald-900",
  pending: "bg-amber-100 text-amber-900",
  unsubscribed: "bg-slate-100 text-slate-700",
  bounced: "bg-red-100 text-red-900",
} as const;

/** The editors' list: search by address, remove, and resend a pending confirmation. */
export async function SubscriberList({ ctx, pageId, query }: { ctx: Ctx; pageId: string; query: string }) {
  const { rows, total } = await listSubscribers(ctx, pageId, query);
  return (
    <section aria-labelledby="subscriber-list" className="space-y-3">
      <h3 id="subscriber-list" className="font-semibold">All subscribers</h3>
      <form method="get" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="q" className="sr-only">
          Search by e-mail address
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder="Search by e-mail address" className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300" />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <p className="text-xs text-slate-500" role="status">
        {total === 0 ? (query ? "No subscriber matches." : "No subscribers yet.") : total > rows.length ? `Showing the newest ${LIST_LIMIT} of ${total}; search to find others.` : `${total} subscriber${total === 1 ? "" : "s"}.`}
      </p>
      {rows.length > 0 ? (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="break-all font-medium">{row.target}</p>
                <p className="text-xs text-slate-500">
                  {row.channel} · {row.scoped ? "chosen components" : "whole page"} · {row.source === "import" ? "imported" : "subscribed"} {timeAgo(row.createdAt)}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[row.status]}`}>{row.status}</span>
                {row.status === "pending" && row.channel === "email" ? (
                  <ActionButton action={resendConfirmationAction.bind(null, pageId, row.id)} label={`Resend confirmation to ${row.target}`} pendingLabel="Sending…">
                    Resend confirmation
                  </ActionButton>
                ) : null}
                <ActionButton variant="ghost" action={removeSubscriberAction.bind(null, pageId, row.id)} label={`Remove ${row.target}`} pendingLabel="Removing…">
                  Remove
                </ActionButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
