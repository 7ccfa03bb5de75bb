import "server-only";
import { asc } from "drizzle-orm";
import { users } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

/** Who acts on instance-wide settings: not tied to any workspace. */
export type InstanceCtx = { userId: string };

/** The instance admin is the instance's first user: whoever set it up. */
export async function isInstanceAdmin(userId: string): Promise<boolean> {
  const [first] = await db.select({ id: users.id }).from(users).orderBy(asc(users.createdAt), asc(users.id)).limit(1);
  return first?.id === userId;
}

export async function assertInstanceAdmin(ctx: InstanceCtx): Promise<void> {
  if (!(await isInstanceAdmin(ctx.userId))) throw new ForbiddenError("Only the instance admin can do that");
}
