import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionButton } from "@/components/ui/action-button";
import { requireCtx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { formatMs, formatUtc } from "@/lib/format";
import { getDelivery } from "@/lib/services/alerts/history";
import { hasRole } from "@/lib/services/context";
import { replayDeliveryAction } from "../../actions";
import { DeliveryStatus } from "../../_components/delivery-status";

export const metadata: Metadata = { title: "Delivery" };

type Props = { params: Promise<{ id: string }> };

export default async function DeliveryPage({ params }: Props) {
  const ctx = await requireCtx();
  const id = (await params).id;
  if (!z.uuid().safeParse(id).success) notFound();
  const delivery = await getDelivery(ctx, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/notifications/history" className="text-brand-700 hover:underline">
          ← History
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          {delivery.kind} alert to {delivery.channelName}
        </h1>
        <DeliveryStatus status={delivery.status} attempts={delivery.attempts} />
      </div>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Queued</dt>
        <dd>{formatUtc(delivery.createdAt)}</dd>
        <dt className="text-slate-500">Sent</dt>
        <dd>{delivery.sentAt ? formatUtc(delivery.sentAt) : "—"}</dd>
        <dt className="text-slate-500">Idempotency key</dt>
        <dd className="break-all font-mono text-xs">{delivery.idempotencyKey}</dd>
        {delivery.replayOf ? (
          <>
            <dt className="text-slate-500">Replay of</dt>
            <dd>
              <Link href={`/notifications/deliveries/${delivery.replayOf}`} className="text-brand-700 hover:underline">
                an earlier delivery
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      {hasRole(ctx, "editor") ? (
        <ActionButton action={replayDeliveryAction.bind(null, delivery.id)} pendingLabel="Queuing…">
          Replay
        </ActionButton>
      ) : null}
      <section aria-labelledby="attempts-heading" className="space-y-2">
        <h2 id="attempts-heading" className="font-semibold">
          Attempts
        </h2>
        {delivery.attemptLog.length === 0 ? <p className="text-sm text-slate-600">Not tried yet.</p> : null}
        <ol className="space-y-2">
          {delivery.attemptLog.map((attempt) => (
            <li key={attempt.id} className="rounded-lg bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-slate-200">
              <span className="font-medium">#{attempt.attempt}</span> {formatUtc(attempt.startedAt)} ·{" "}
              {attempt.finishedAt === null ? "in progress" : attempt.ok ? "delivered" : "failed"} · HTTP {attempt.statusCode ?? "—"} · {formatMs(attempt.latencyMs)}
              {attempt.error ? <p className="break-words text-red-700">{attempt.error}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="payload-heading" className="space-y-2">
        <h2 id="payload-heading" className="font-semibold">
          Payload
        </h2>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">{JSON.stringify(delivery.payload, null, 2)}</pre>
      </section>
    </div>
  );
}
