import { WIDGET_SCRIPT } from "@/lib/status-page/widget-script";

/**
 * The embeddable status widget (lib/status-page/widget-script.ts): the same constant script for
 * every page, as it finds its page from its own URL; browsers and CDNs keep it for an hour.
 */
export function GET(): Response {
  return new Response(WIDGET_SCRIPT, {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=3600",
      "access-control-allow-origin": "*",
      "cross-origin-resource-policy": "cross-origin",
    },
  });
}
