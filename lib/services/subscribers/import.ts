import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { pageComponents, pages, pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { SubscriberImportInput } from "@/lib/schemas/subscriber-owner";
import { parseSubscriberCsv, type ImportProblem } from "@/lib/subscribers/csv";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { newManageToken, subscriberTargetHash } from "./tokens";

export type ImportSummary = {
  /** New subscribers. */
  added: number;
  /** Pending subscribers now confirmed, with the file's choice of components. */
  confirmed: number;
  /** Already confirmed: left as they are. */
  unchanged: number;
  /** People who unsubscribed or whose address bounced: an import never brings them back. */
  skipped: number;
};

const SHOWN_PROBLEMS = 20;
const CHUNK = 1_000;

/**
 * Adds the e-mail subscribers of a CSV file (lib/subscribers/csv.ts) as confirmed, without a
 * confirmation e-mail, as Statuspage does: the owner vouches for their consent. Any bad row
 * refuses the whole file, every problem named by line, and nothing is written.
 */
export async function importSubscribers(ctx: Ctx, pageId: string, input: SubscriberImportInput): Promise<ImportSummary> {
  assertRole(ctx, "editor");
  return db.transaction(async (tx) => {
    const [page] = await tx.select({ name: pages.name }).from(pages).where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)));
    if (!page) throw new NotFoundError("Page");
    const components = await tx.select({ id: pageComponents.id, name: pageComponents.name, groupName: pageComponents.groupName }).from(pageComponents).where(eq(pageComponents.pageId, pageId));
    const { rows, problems } = parseSubscriberCsv(input.csv, components);
    if (problems.length > 0) throw new ValidationError(`${problems.length === 1 ? "One line needs" : `${problems.length} lines need`} fixing; nothing was imported`, { csv: describe(problems) });

    const existing = new Map<string, typeof pageSubscribers.$inferSelect>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const hashes = rows.slice(i, i + CHUNK).map((row) => subscriberTargetHash("email", row.email));
      const found = await tx
        .select()
        .from(pageSubscribers)
        .where(and(eq(pageSubscribers.pageId, pageId), eq(pageSubscribers.channel, "email"), inArray(pageSubscribers.targetHash, hashes)))
        .for("update");
      for (const subscriber of found) existing.set(subscriber.targetHash, subscriber);
    }

    const summary: ImportSummary = { added: 0, confirmed: 0, unchanged: 0, skipped: 0 };
    const now = new Date();
    const added = [];
    for (const row of rows) {
      const targetHash = subscriberTargetHash("email", row.email);
      const known = existing.get(targetHash);
      const scope = { componentIds: row.componentIds, groupNames: row.groupNames };
      if (!known) {
        const { token: _token, ...manage } = newManageToken();
        added.push({ pageId, channel: "email" as const, email: row.email, targetHash, ...scope, ...manage, confirmedAt: now, source: "import" as const });
      } else if (known.unsubscribedAt || known.bouncedAt) summary.skipped += 1;
      else if (known.confirmedAt) summary.unchanged += 1;
      else {
        await tx.update(pageSubscribers).set({ ...scope, confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null, updatedAt: now }).where(eq(pageSubscribers.id, known.id));
        summary.confirmed += 1;
      }
    }
    // An address subscribed by a visitor since the read above is left as the visitor made it.
    for (let i = 0; i < added.length; i += CHUNK) {
      const inserted = await tx.insert(pageSubscribers).values(added.slice(i, i + CHUNK)).onConflictDoNothing().returning({ id: pageSubscribers.id });
      summary.added += inserted.length;
    }
    summary.unchanged += added.length - summary.added;

    const changes = Object.entries(summary).map(([field, after]) => ({ field, after }));
    await recordAudit(tx, ctx, { action: "subscribers.imported", target: { type: "page", id: pageId, label: page.name }, changes });
    return summary;
  });
}

function describe(problems: ImportProblem[]): string[] {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => `Line ${problem.line}: ${problem.message}`);
  return problems.length > SHOWN_PROBLEMS ? [...shown, `… and ${problems.length - SHOWN_PROBLEMS} more lines`] : shown;
}
