import "server-only";
import { assertRole, type Ctx } from "../context";
import { getCheck, listCheckOptions } from "./read";

/**
 * What the edit form is built from, for editors only: the check with its secrets redacted, and the
 * other checks a composite may include.
 */
export async function getCheckForEditing(ctx: Ctx, checkId: string) {
  assertRole(ctx, "editor");
  const [check, options] = await Promise.all([getCheck(ctx, checkId), listCheckOptions(ctx)]);
  return { check, members: options.filter((option) => option.id !== check.id) };
}
