import type { Change, Plan } from "@/lib/config/plan";
import type { CheckSpec } from "@/lib/config/schema";
import { problemMessage, type BatchOperation, type PingpageClient } from "./client";
import { applyPageChanges } from "./pages";
import type { Workspace } from "./workspace";

export type ApplyReport = { done: number; failures: string[] };

/**
 * Carries out a plan through the batch endpoint: missing tags, then checks (composites last, as
 * they name their members by id), then each check's tags, then pages, then deleted checks. A failed operation is
 * reported by key and stops none of the others, as the server runs each one on its own.
 */
export async function applyPlan(client: PingpageClient, plan: Plan, workspace: Workspace): Promise<ApplyReport> {
  const report: ApplyReport = { done: 0, failures: [] };
  const unsupported = plan.changes.filter((change) => change.section === "maintenance");
  for (const change of unsupported) report.failures.push(`${change.section}.${change.key}: this version of the CLI cannot write ${change.section} yet`);
  const checkChanges = plan.changes.filter((change) => change.section === "checks");
  const writes = checkChanges.filter((change) => change.action !== "delete") as Extract<Change, { action: "create" | "update" }>[];

  const missingTags = [...new Set(writes.flatMap((change) => (change.desired as CheckSpec).tags))].filter((name) => !workspace.tagIds.has(name));
  await run(client, report, missingTags.map((name) => ({ label: `tag ${name}`, operation: { method: "POST", path: "/tags", body: { name } } })), (label, body) => {
    const tag = body as { id: string; name: string };
    workspace.tagIds.set(tag.name, tag.id);
  });

  const isComposite = (change: Change) => "desired" in change && (change.desired as CheckSpec).config.type === "composite";
  for (const round of [writes.filter((change) => !isComposite(change)), writes.filter(isComposite)]) {
    await run(client, report, round.map((change) => ({ label: `checks.${change.key}`, operation: checkWrite(change, workspace) })), (label, body) => {
      workspace.checkIds.set(label.slice("checks.".length), (body as { id: string }).id);
    });
  }

  const retag = writes.filter((change) => change.action === "create" ? (change.desired as CheckSpec).tags.length > 0 : change.fields.some((field) => field.field === "tags"));
  await run(
    client,
    report,
    retag.flatMap((change) => {
      const id = workspace.checkIds.get(change.key);
      if (!id) return [];
      const tagIds = (change.desired as CheckSpec).tags.flatMap((name) => workspace.tagIds.get(name) ?? []);
      return [{ label: `checks.${change.key} tags`, operation: { method: "PUT", path: `/checks/${id}/tags`, body: { tagIds } } }];
    }),
  );

  await applyPageChanges(client, plan.changes.filter((change) => change.section === "pages"), { checks: workspace.checkIds, pages: workspace.pageIds }, report);

  const deletes = checkChanges.filter((change) => change.action === "delete");
  await run(client, report, deletes.flatMap((change) => {
    const id = workspace.checkIds.get(change.key);
    return id ? [{ label: `checks.${change.key}`, operation: { method: "DELETE" as const, path: `/checks/${id}` } }] : [];
  }));
  return report;
}

function checkWrite(change: Extract<Change, { action: "create" | "update" }>, workspace: Workspace): BatchOperation {
  const { tags: _tags, config, ...settings } = change.desired as CheckSpec;
  const body = {
    ...settings,
    config: config.type === "composite" ? { type: "composite", checkIds: config.checks.map((key) => workspace.checkIds.get(key) ?? key), rule: config.rule, ...(config.k === undefined ? {} : { k: config.k }) } : config,
  };
  const id = workspace.checkIds.get(change.key);
  return change.action === "create" || !id ? { method: "POST", path: "/checks", body } : { method: "PUT", path: `/checks/${id}`, body };
}

async function run(client: PingpageClient, report: ApplyReport, items: { label: string; operation: BatchOperation }[], onSuccess?: (label: string, body: unknown) => void) {
  if (items.length === 0) return;
  const results = await client.batch(items.map((item) => item.operation));
  results.forEach((result, index) => {
    const label = items[index]?.label ?? "";
    if (result.status >= 200 && result.status < 300) {
      report.done++;
      onSuccess?.(label, result.body);
    } else report.failures.push(`${label}: ${problemMessage(result.status, result.body)}`);
  });
}
