import "server-only";
import { notFound } from "next/navigation";
import { requireUserId } from "@/lib/auth/context";
import { isInstanceAdmin } from "@/lib/services/instance/admin";

/** Instance pages exist only for the instance admin; everyone else gets a plain 404. */
export async function requireInstanceAdmin(): Promise<{ userId: string }> {
  const userId = await requireUserId();
  if (!(await isInstanceAdmin(userId))) notFound();
  return { userId };
}
