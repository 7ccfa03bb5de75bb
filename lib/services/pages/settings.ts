import "server-only";
import { and, eq } from "drizzle-orm";
import { pageComponents, pages } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ComponentsInput } from "@/lib/schemas/page";
import { assertRole, type Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { auditedComponents, componentChanges } from "../audit/targets";
import { assertComponentsOnPage, ownedPage } from "./owned";
import { emit } from "@/lib/events/emit";
import { newEvent } from "@/lib/events/types";

/** Sets (argon2id hash) or, with "", removes the page's password. A new password locks out every visitor's cookie. */
export async function setPagePassword(ctx: Ctx, pageId: string, password: string): Promise<void> {
  assertRole(ctx, "admin");
  const passwordHash = password === "" ? null : await hashPassword(password);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(pages)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(pages.id, pageId), eq(pages.workspaceId, ctx.workspaceId)))
      .returning({ id: pages.id, name: pages.name });
    if (!updated[0]) throw new NotFoundError("Page");
    // Whether a password is set, never the password or its hash.
    const changes = [{ field: "password", after: passwordHash ? "set" : "removed" }];
    await recordAudit(tx, ctx, { action: "page.password_changed", target: { type: "page", id: pageId, label: updated[0].name }, changes });
    await emit(tx, newEvent("page.changed", { pageId, workspaceId: ctx.workspaceId }));
  });
}

/** Display names, descriptions, groups, order and response-time charts of the page's components. */
export async function updateComponents(ctx: Ctx, pageId: string, input: ComponentsInput): Promise<void> {
  assertRole(ctx, "editor");
  await db.transaction(async (tx) => {
    const page = await ownedPage(tx, ctx, pageId);
    await assertComponentsOnPage(tx, pageId, input.components.map((c) => c.id));
    const before = await auditedComponents(tx, pageId);
    for (const c of input.components) {
      await tx
        .update(pageComponents)
        .set({ name: c.name, description: c.description, groupName: c.groupName, position: c.position, showResponseTime: c.showResponseTime })
        .where(and(eq(pageComponents.pageId, pageId), eq(pageComponents.id, c.id)));
    }
    await tx.update(pages).set({ updatedAt: new Date() }).where(eq(pages.id, pageId));
    const changes = componentChanges(before, await auditedComponents(tx, pageId));
    await recordAudit(tx, ctx, { action: "page.components_updated", target: { type: "page", id: pageId, label: page.name }, changes });
    await emit(tx, newEvent("page.changed", { pageId, workspaceId: ctx.workspaceId }));
  });
}
