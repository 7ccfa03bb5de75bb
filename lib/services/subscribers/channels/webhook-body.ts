import type { MessagePayload } from "../messages/payload";

export const WEBHOOK_DOCUMENTATION = "https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/";

/**
 * Statuspage's webhook shape: `meta`, `page`, then `incident` (with `incident_updates`) or
 * `component_update` with `component`, so receivers written for Statuspage work unchanged.
 */
export function webhookBody(payload: MessagePayload, unsubscribeUrl: string): string {
  return JSON.stringify({
    meta: { unsubscribe: unsubscribeUrl, documentation: WEBHOOK_DOCUMENTATION },
    page: { id: payload.page.id, status_indicator: payload.page.statusIndicator, status_description: payload.page.statusDescription },
    ...payload.statuspage,
  });
}
