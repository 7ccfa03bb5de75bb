import { cachedApiIncidents } from "@/lib/services/status-page/cached";
import { atomFeed } from "@/lib/status-page/feeds";
import { preflight, publicPageRoute } from "@/lib/status-page/public-route";

export const GET = publicPageRoute(async ({ snapshot, pageUrl }) => {
  const incidents = await cachedApiIncidents(snapshot.page.id);
  return new Response(atomFeed({ page: snapshot.page, pageUrl, incidents }), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
export const OPTIONS = preflight;
