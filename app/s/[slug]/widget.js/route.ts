import { WIDGET_SCRIPT } from "@/lib/status-page/widget-script";

// The same script for every page (it reads its page from its own URL): built once, cached by Next.
export const dynamic = "force-static";

/** The embeddable status widget; see lib/status-page/widget-script.ts and README, "Embeds". */
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
