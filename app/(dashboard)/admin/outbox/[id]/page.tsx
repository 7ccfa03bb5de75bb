import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { splitLinks } from "@/lib/email/links";
import { NotFoundError } from "@/lib/errors";
import { openOutboxMessage } from "@/lib/services/instance/outbox";
import { requireInstanceAdmin } from "../../_require-admin";

export const metadata: Metadata = { title: "Outbox message" };

/** Links in the HTML open in a new tab; the sandbox runs no script and grants no origin. */
const frameSandbox = "allow-popups allow-popups-to-escape-sandbox";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireInstanceAdmin();
  const id = z.string().uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const message = await openOutboxMessage(ctx, id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <Link href="/admin/outbox" className="text-sm underline">← Dev outbox</Link>
        <h1 className="text-2xl font-semibold">{message.subject}</h1>
        <p className="text-sm text-slate-600">
          To {message.to} · {message.kind} · <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toUTCString()}</time>
        </p>
      </div>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="font-semibold">Text</h2>
        <pre className="whitespace-pre-wrap rounded-xl bg-white p-4 font-sans text-sm shadow-sm ring-1 ring-slate-200">
          {splitLinks(message.text).map((part, i) =>
            "url" in part ? (
              <a key={i} href={part.url} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
                {part.url}
              </a>
            ) : (
              part.text
            ),
          )}
        </pre>
      </section>
      <section aria-labelledby="html-heading" className="space-y-2">
        <h2 id="html-heading" className="font-semibold">HTML</h2>
        <iframe
          title="HTML version of the message"
          sandbox={frameSandbox}
          srcDoc={`<base target="_blank">${message.html}`}
          referrerPolicy="no-referrer"
          className="h-96 w-full rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
        />
      </section>
    </article>
  );
}
