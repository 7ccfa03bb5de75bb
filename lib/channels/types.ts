import type { z } from "zod";
import type { AlertMessage } from "./message";

export type { AlertCheck, AlertKind, AlertMessage } from "./message";

/** What one send came to. The delivery task turns it into a retry, a wait, or done. */
export type DeliveryResult = {
  ok: boolean;
  /** The vendor's HTTP status, when there was one. */
  statusCode?: number;
  /** A 429's Retry-After in seconds: the next attempt waits at least this long. */
  retryAfterSeconds?: number;
  /** The endpoint is gone for good (HTTP 410): the channel is switched off. */
  gone?: boolean;
  /** Shown in the delivery log; never includes a secret. */
  error?: string;
  externalId?: string;
};

/** fetch with a 15 s timeout that, in hosted mode, refuses private and loopback targets. */
export type GuardedFetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

export type SendContext = {
  fetch: GuardedFetch;
  /**
   * `url` with its vendor's configured base URL swapped in (ALERT_VENDOR_BASE_URLS), so tests and
   * proxies reach a local server: vendorUrl("slack", "https://hooks.slack.com/services/T/B/X").
   */
  vendorUrl: (vendor: string, url: string) => string;
  /** Stable across retries of one delivery: send it as the vendor's idempotency key / webhook-id. */
  idempotencyKey: string;
  /** 1 for the first try. */
  attempt: number;
};

/**
 * One alert channel type. Lives in lib/channels/<type>/ and is listed in ./registry.ts (server)
 * and its form section in ./forms.ts (browser). `config` is stored as JSON; `secrets` sealed.
 */
export type ChannelModule<Config extends z.ZodType = z.ZodType, Secrets extends z.ZodType = z.ZodType> = {
  readonly type: string;
  readonly label: string;
  /** Non-secret settings; form, API and YAML parse with it. */
  configSchema: Config;
  /** Secret settings: stored sealed, never sent back to a browser. */
  secretsSchema: Secrets;
  send(message: AlertMessage, config: z.output<Config>, secrets: z.output<Secrets>, ctx: SendContext): Promise<DeliveryResult>;
  /** One line naming where messages go, for the channels list (no secret in it). */
  describe(config: z.output<Config>): string;
  /** Form quirks to types: the form posts `config.<field>` strings; default keeps them as they are. */
  configFromForm?: (fields: Record<string, string>) => unknown;
};

/** Any registered module, its schemas erased: the registry holds several types at once. */
export type AnyChannelModule = ChannelModule<z.ZodType, z.ZodType>;

/** Builds a module while keeping its schemas' types for `send` and `describe`. */
export function defineChannel<Config extends z.ZodType, Secrets extends z.ZodType>(module: ChannelModule<Config, Secrets>): AnyChannelModule {
  return module as unknown as AnyChannelModule;
}

/** Results for the common HTTP answers, so modules treat 429, 410 and 5xx alike. */
export async function resultFromResponse(response: Response): Promise<DeliveryResult> {
  if (response.ok) return { ok: true, statusCode: response.status };
  const body = (await response.text().catch(() => "")).slice(0, 300);
  const result: DeliveryResult = { ok: false, statusCode: response.status, error: `HTTP ${response.status}${body ? `: ${body}` : ""}` };
  if (response.status === 410) result.gone = true;
  const retryAfter = response.headers.get("retry-after");
  if (response.status === 429 && retryAfter) result.retryAfterSeconds = parseRetryAfter(retryAfter);
  return result;
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string, now = Date.now()): number | undefined {
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
