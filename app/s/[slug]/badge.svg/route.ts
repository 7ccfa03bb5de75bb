import { statusBadge } from "@/lib/status-page/badge";
import { preflight, publicPageRoute } from "@/lib/status-page/public-route";

const svg = { "content-type": "image/svg+xml; charset=utf-8" };

/** The page's overall state, for READMEs and dashboards: /s/<slug>/badge.svg?label=… */
export const GET = publicPageRoute(({ snapshot, request }) => {
  const label = new URL(request.url).searchParams.get("label")?.slice(0, 40) || snapshot.page.name;
  return new Response(statusBadge(label, snapshot.overall.state), { headers: svg });
});
export const OPTIONS = preflight;
