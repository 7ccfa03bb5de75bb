import type { MessageReport } from "@/lib/services/subscribers/owner-report";
import { formatDateTime } from "@/lib/status-page/format";

const KIND_NAMES: Record<MessageReport["kind"], string> = {
  "incident.created": "Incident opened",
  "incident.updated": "Incident update",
  "incident.resolved": "Incident resolved",
  "maintenance.scheduled": "Maintenance scheduled",
  "maintenance.started": "Maintenance started",
  "maintenance.completed": "Maintenance completed",
  "component.status_changed": "Component status",
};

/** Each recent message with its deliveries by outcome; every member may read it. */
export function DeliveryReport({ messages, timeZone }: { messages: MessageReport[]; timeZone: string }) {
  return (
    <section aria-labelledby="delivery-report" className="space-y-3">
      <h3 id="delivery-report" className="font-semibold">Delivery report</h3>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing sent to subscribers yet.</p>
      ) : (
        <table className="w-full rounded-xl bg-white text-left text-sm shadow-sm ring-1 ring-slate-200">
          <caption className="sr-only">Deliveries of the latest messages to subscribers</caption>
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Message</th>
              <th scope="col" className="px-4 py-2">Sent</th>
              <th scope="col" className="px-4 py-2">Failed</th>
              <th scope="col" className="px-4 py-2">Bounced</th>
              <th scope="col" className="px-4 py-2">Waiting</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {messages.map((message) => (
              <tr key={message.id}>
                <th scope="row" className="px-4 py-2 font-normal">
                  <span className="font-medium">{message.title ?? KIND_NAMES[message.kind] ?? message.kind}</span>
                  <span className="block text-xs text-slate-500">{formatDateTime(message.createdAt.toISOString(), timeZone)}</span>
                </th>
                <td className="px-4 py-2">{message.sent}</td>
                <td className="px-4 py-2">{message.failed}</td>
                <td className="px-4 py-2">{message.bounced}</td>
                <td className="px-4 py-2">{message.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
