import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { mailTransportKind } from "@/lib/email/transport";
import { timeAgo } from "@/lib/format";
import { listOutbox } from "@/lib/services/instance/outbox";
import { requireInstanceAdmin } from "../_require-admin";

export const metadata: Metadata = { title: "Dev outbox" };

export default async function OutboxPage() {
  const ctx = await requireInstanceAdmin();
  const [messages, transport] = await Promise.all([listOutbox(ctx), mailTransportKind()]);
  return (
    <div className="space-y-6">
      <AutoRefresh seconds={5} />
      <div>
        <h1 className="text-2xl font-semibold">Dev outbox</h1>
        <p className="max-w-2xl text-sm text-slate-600">
          {transport === "outbox"
            ? "No mail server is set, so every e-mail this instance sends lands here instead, including other people's sign-in links. "
            : "Mail now goes out for real; these are the messages kept from before. "}
          <Link href="/admin/mail" className="underline">Mail settings</Link>
        </p>
      </div>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-600">No messages yet.</p>
      ) : (
        <table className="w-full rounded-xl bg-white text-left text-sm shadow-sm ring-1 ring-slate-200">
          <caption className="sr-only">Messages in the dev outbox, newest first</caption>
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Subject</th>
              <th scope="col" className="px-4 py-2">To</th>
              <th scope="col" className="px-4 py-2">Kind</th>
              <th scope="col" className="px-4 py-2">Sent</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {messages.map((m) => (
              <tr key={m.id}>
                <td className="px-4 py-2">
                  <Link href={`/admin/outbox/${m.id}`} className={m.openedAt ? "underline" : "font-semibold underline"}>
                    {m.subject}
                  </Link>
                  {m.openedAt ? null : <span className="sr-only"> (unread)</span>}
                </td>
                <td className="px-4 py-2">{m.to}</td>
                <td className="px-4 py-2 font-mono text-xs">{m.kind}</td>
                <td className="px-4 py-2 text-slate-500">
                  <time dateTime={m.createdAt.toISOString()}>{timeAgo(m.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
