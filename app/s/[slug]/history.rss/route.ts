import { cachedApiIncidents } from "@/lib/services/status-page/cached";
import { rssFeed } from "@/lib/status-page/feeds";
import { preflight, publicPageRoute } from "@/lib/status-page/public-route";

export const GET = publicPageRoute(async ({ snapshot, pageUrl }) => {
  const incidents = await cachedApiIncidents(snapshot.page.id);
  return new Response(rssFeed({ page: snapshot.page, pageUrl, incidents }), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
});
export const OPTIONS = preflight;
