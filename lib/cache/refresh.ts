import "server-only";
import { updateTag } from "next/cache";
import { after } from "next/server";
import { purgeHtmlCache } from "./html-cache-purge";
import { pageTag } from "@/lib/status-page/tags";

/**
 * For server actions: the acting owner sees their change on the next render (read-your-own-writes).
 * Other web processes hear of it through the service's NOTIFY (lib/cache/listener.ts). Next
 * applies the tags when the action returns; the HTML cache in front is purged after that.
 */
export function refreshPageCache(pageIdOrTags: string | string[]): void {
  const tags = typeof pageIdOrTags === "string" ? [pageTag(pageIdOrTags)] : pageIdOrTags;
  for (const tag of tags) updateTag(tag);
  after(purgeHtmlCache);
}
