import { statusBadge } from "@/lib/status-page/badge";
import { preflight, publicPageRoute } from "@/lib/status-page/public-route";

/** One component's state: /s/<slug>/components/<id>/badge.svg */
export async function GET(request: Request, context: { params: Promise<{ slug: string; componentId: string }> }) {
  const { componentId } = await context.params;
  return publicPageRoute(({ snapshot }) => {
    const component = snapshot.components.find((c) => c.id === componentId);
    if (!component) return Response.json({ error: "Component not found" }, { status: 404 });
    const label = new URL(request.url).searchParams.get("label")?.slice(0, 40) || component.name;
    return new Response(statusBadge(label, component.state), { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
  })(request, context);
}
export const OPTIONS = preflight;
