import "server-only";
import { eq } from "drizzle-orm";
import { pageComponents, pages, type SubscriberChannel } from "@/db/schema";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { SubscriberScope } from "@/lib/schemas/subscriber";
import { passwordFingerprint } from "../status-page/snapshot";
import type { PageBrand } from "./channels/email-layout";

export type VisitorPage = PageBrand & { id: string; protected: boolean; channels: SubscriberChannel[] };

/** Whether the visitor holds a valid unlock for this page (lib/status-page/unlock.ts). */
export type UnlockCheck = (pageId: string, passwordFingerprint: string) => boolean;

/** The page a visitor subscribes to; a protected one only for visitors who unlocked it. */
export async function pageForVisitor(slug: string, unlocked: UnlockCheck): Promise<VisitorPage> {
  const [page] = await db.select().from(pages).where(eq(pages.slug, slug.toLowerCase()));
  if (!page) throw new NotFoundError("Status page");
  if (page.passwordHash && !unlocked(page.id, passwordFingerprint(page.passwordHash))) throw new ForbiddenError("Unlock this page first to subscribe");
  return {
    id: page.id,
    name: page.name,
    slug: page.slug,
    logoUrl: page.logoUrl,
    brandColor: page.brandColor,
    protected: !!page.passwordHash,
    channels: page.subscriberChannels.filter((c): c is SubscriberChannel => c === "email" || c === "webhook" || c === "slack"),
  };
}

/** Keeps only ids and group names of this page; anything else is an error naming the field. */
export async function checkScope(pageId: string, scope: SubscriberScope): Promise<{ componentIds: string[] | null; groupNames: string[] | null }> {
  if (scope.componentIds.length === 0 && scope.groupNames.length === 0) return { componentIds: null, groupNames: null };
  const rows = await db.select({ id: pageComponents.id, groupName: pageComponents.groupName }).from(pageComponents).where(eq(pageComponents.pageId, pageId));
  const ids = new Set(rows.map((r) => r.id));
  const groups = new Set(rows.flatMap((r) => (r.groupName ? [r.groupName] : [])));
  if (scope.componentIds.some((id) => !ids.has(id))) throw new ValidationError("Choose components of this page", { componentIds: ["Unknown component"] });
  if (scope.groupNames.some((name) => !groups.has(name))) throw new ValidationError("Choose groups of this page", { groupNames: ["Unknown group"] });
  return { componentIds: [...new Set(scope.componentIds)], groupNames: [...new Set(scope.groupNames)] };
}
