import "server-only";
import { notFound } from "next/navigation";
import { requireCtx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { pageId } from "@/lib/schemas/page";
import { getPage } from "@/lib/services/pages/read";

/** The signed-in context and the page, or a 404 for a malformed id or another workspace's page. */
export async function loadOwnedPage(id: string) {
  const ctx = await requireCtx();
  const parsed = pageId.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return { ctx, page: await getPage(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** Runs a service read that may throw NotFoundError (a foreign or deleted id) as a 404. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
