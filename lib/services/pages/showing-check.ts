import "server-only";
import { eq } from "drizzle-orm";
import { pageComponents } from "@/db/schema";
import type { Database } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";

type Executor = Pick<Database, "selectDistinct" | "execute">;

/** Every page that shows this check changed with it (call before deleting it: components cascade). */
export async function pagesShowingCheckChanged(executor: Executor, workspaceId: string, checkId: string): Promise<void> {
  const rows = await executor.selectDistinct({ pageId: pageComponents.pageId }).from(pageComponents).where(eq(pageComponents.checkId, checkId));
  await emit(executor, rows.map(({ pageId }) => newEvent("page.changed", { pageId, workspaceId })));
}
