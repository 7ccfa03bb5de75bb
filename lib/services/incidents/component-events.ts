import "server-only";
import { eq } from "drizzle-orm";
import { incidentComponents } from "@/db/schema";
import type { Database } from "@/lib/db";
import { newEvent, type DomainEvent } from "@/lib/events/types";

type Executor = Pick<Database, "select">;

/** What a component shows when no open, published incident sets its state: its check's status. */
export const FOLLOWS_CHECK = "follows_check";

/** The states an incident puts its components in on the public page: none unless open and published. */
export async function shownStates(executor: Executor, incidentId: string, shown: boolean): Promise<Map<string, string>> {
  if (!shown) return new Map();
  const rows = await executor
    .select({ componentId: incidentComponents.componentId, state: incidentComponents.state })
    .from(incidentComponents)
    .where(eq(incidentComponents.incidentId, incidentId));
  return new Map(rows.map((row) => [row.componentId, row.state]));
}

/** One `component.status_changed` per component whose shown state differs between two snapshots. */
export function componentStatusEvents(pageId: string, before: Map<string, string>, after: Map<string, string>, at: Date): DomainEvent[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].flatMap((componentId) => {
    const from = before.get(componentId) ?? FOLLOWS_CHECK;
    const to = after.get(componentId) ?? FOLLOWS_CHECK;
    return from === to ? [] : [newEvent("component.status_changed", { pageId, componentId, from, to, at })];
  });
}
