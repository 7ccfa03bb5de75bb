import "server-only";
import { ValidationError } from "@/lib/errors";
import { guardedPostJson } from "@/lib/net/guarded-post";
import { BlockedTargetError } from "@/lib/net/ssrf";
import { allowPrivateTargets } from "@/lib/services/instance/settings";
import { pageSigningSecret, signedHeaders } from "../signing";
import { pageLink } from "../links";
import type { PageBrand } from "./email-layout";

const field = { webhook: "url", slack: "url" } as const;

/**
 * Confirms a webhook or Slack URL before it is stored: it must pass the SSRF guard and answer the
 * ping with 2xx. The visitor sees why it failed, never the raw error.
 */
export async function pingWebhook(channel: "webhook" | "slack", url: string, page: PageBrand & { id: string }): Promise<void> {
  const pageUrl = pageLink(page.slug);
  const body =
    channel === "slack"
      ? JSON.stringify({ text: `This channel will now receive status updates from ${page.name} (${pageUrl}).` })
      : JSON.stringify({ meta: { documentation: "https://www.standardwebhooks.com/", event: "subscription.confirmation" }, page: { id: page.id, name: page.name, url: pageUrl } });
  const headers = channel === "webhook" ? signedHeaders(await pageSigningSecret(page.id), `ping_${crypto.randomUUID()}`, body) : {};
  let status: number;
  try {
    status = (await guardedPostJson(url, body, headers, { allowPrivateTargets: await allowPrivateTargets(), timeoutMs: 8_000 })).status;
  } catch (error) {
    const blocked = error instanceof BlockedTargetError || (error instanceof Error && error.cause instanceof BlockedTargetError);
    const reason = blocked ? "that address is not allowed" : "it could not be reached";
    throw new ValidationError(`The confirmation ping failed: ${reason}`, { [field[channel]]: [`The confirmation ping failed: ${reason}`] });
  }
  if (status < 200 || status > 299) {
    throw new ValidationError(`The confirmation ping was answered with HTTP ${status}; it must answer 2xx`, { [field[channel]]: [`Answered HTTP ${status}, not 2xx`] });
  }
}
