import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { negotiateLocale, pageLocale } from "@/lib/i18n/locales";
import { publicText } from "@/lib/i18n/public-text";
import { slug as slugSchema } from "@/lib/schemas/page";
import { findPageIdBySlug } from "@/lib/services/status-page/find";
import { loadPublicPage } from "@/lib/services/status-page/snapshot";

/** The page and the language a subscription page speaks: the page's fixed one, else the visitor's. */
export async function pageAndText(rawSlug: string) {
  const slug = slugSchema.safeParse(rawSlug);
  const pageId = slug.success ? await findPageIdBySlug(slug.data) : null;
  const page = pageId ? await loadPublicPage(pageId) : null;
  if (!page) notFound();
  const visitor = negotiateLocale((await headers()).get("accept-language"));
  return { page, text: publicText(pageLocale(page.language, visitor)) };
}
