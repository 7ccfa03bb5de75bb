import "server-only";
import { notFound } from "next/navigation";
import { requireCtx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { checkId } from "@/lib/schemas/check";
import { getCheck } from "@/lib/services/checks/read";

/** The signed-in context and the check from the URL, or the 404 page for a bad or foreign id. */
export async function loadCheck(id: string) {
  const ctx = await requireCtx();
  const parsed = checkId.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return { ctx, check: await getCheck(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
