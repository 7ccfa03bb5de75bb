import "server-only";
import { cachedApiIncidents, cachedApiMaintenances } from "@/lib/services/status-page/cached";
import { preflight, publicPageRoute } from "./public-route";
import { statuspageDocument, type Endpoint } from "./statuspage-documents";

/** GET and OPTIONS for one Statuspage-compatible endpoint. */
export function statuspageRoute(endpoint: Endpoint) {
  return {
    GET: publicPageRoute(async (ctx) => Response.json(await statuspageDocument(endpoint, ctx, { incidents: cachedApiIncidents, maintenances: cachedApiMaintenances }))),
    OPTIONS: preflight,
  };
}
