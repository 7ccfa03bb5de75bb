import { z } from "zod";
import { parseTrustedProxies } from "@/lib/net/client-address";
import { formatResolverAddress, parseResolverAddress } from "@/lib/checks/dns/schema";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** A 32-byte key given as base64, base64url or 64 hex digits. */
export function parseSecretKey(value: string): Buffer | null {
  const trimmed = value.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  return bytes.length === 32 ? bytes : null;
}

const secretKeyMessage = "must be 32 bytes, base64 or hex (generate one with: openssl rand -base64 32)";

const secretKey = z.string().transform((value, ctx) => {
  const key = parseSecretKey(value);
  if (!key) ctx.addIssue({ code: "custom", message: `PINGPAGE_SECRET_KEY ${secretKeyMessage}` });
  return key ?? Buffer.alloc(0);
});

const previousSecretKeys = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const keys = (value ?? "").split(",").map((part) => part.trim()).filter(Boolean).map(parseSecretKey);
    if (keys.some((key) => !key)) {
      ctx.addIssue({ code: "custom", message: `PINGPAGE_SECRET_KEY_PREVIOUS: each key ${secretKeyMessage}` });
    }
    return keys.filter((key): key is Buffer => !!key);
  });
const quota = (fallback: number) => z.coerce.number().int("Quotas are whole numbers").min(0, "Quotas cannot be negative").max(1_000_000).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }).optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Encrypts check credentials, heartbeat tokens and other secrets at rest (lib/crypto/secret-box.ts). */
  PINGPAGE_SECRET_KEY: secretKey.optional(),
  /** Keys that sealed older values: accepted for decryption until `npm run secrets:rotate` re-seals. */
  PINGPAGE_SECRET_KEY_PREVIOUS: previousSecretKeys,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PINGPAGE_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  /** Generic OpenID Connect sign-in (Keycloak, Authentik, Okta…): all three enable it. */
  OIDC_ISSUER: z.string().url("OIDC_ISSUER must be the issuer URL, e.g. https://sso.example.com/realms/main").optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().trim().min(1).max(40, "OIDC_NAME: at most 40 characters").default("Single sign-on"),
  /** smtp://user:pass@host:587 or smtps://user:pass@host:465; wins over Resend and the admin's settings. */
  SMTP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465")
      .optional(),
  ),
  RESEND_API_KEY: z.string().optional(),
  /** Signing secret ("whsec_…") of the Resend webhook that reports bounces and complaints (/api/webhooks/resend). */
  RESEND_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/, "RESEND_WEBHOOK_SECRET must be the whsec_… secret Resend shows").optional(),
  EMAIL_FROM: z.string().default("Pingpage <noreply@pingpage.local>"),
  WORKER_REGION: z.string().regex(/^[a-z0-9-]{1,32}$/, "WORKER_REGION: lowercase letters, digits and dashes").default("default"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(500),
  WORKER_PINNED_ONLY: bool,
  WORKER_LOG_TIMINGS: bool,
  WORKER_LIVENESS_SECONDS: z.coerce.number().int().min(3, "WORKER_LIVENESS_SECONDS: at least 3").max(300).default(10),
  /** Unset: the instance admin's switch decides (lib/services/instance/settings.ts). */
  ALLOW_PRIVATE_TARGETS: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1")),
  /** DNS servers ("1.1.1.1,8.8.8.8:53") that checks resolve names through; see checkDnsServers(). */
  CHECK_DNS_SERVERS: z
    .string()
    .optional()
    .refine(
      (text) => text === undefined || dnsServerList(text).every((server) => server !== null),
      "CHECK_DNS_SERVERS: IP addresses with an optional port, comma-separated, like 1.1.1.1,8.8.8.8:53",
    ),
  PINGPAGE_WORKER: z.enum(["embedded", "off"]).default("embedded"),
  RUN_RETENTION_DAYS: z.coerce
    .number()
    .int("RUN_RETENTION_DAYS must be a whole number of days")
    .min(1, "RUN_RETENTION_DAYS must be at least 1")
    .max(3650)
    .default(30),
  ROLLUP_RETENTION_DAYS: z.coerce
    .number()
    .int("ROLLUP_RETENTION_DAYS must be a whole number of days")
    .min(366, "ROLLUP_RETENTION_DAYS must be at least 366: uptime figures need a year of history")
    .max(36500)
    .default(400),
  AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int("AUDIT_RETENTION_DAYS must be a whole number of days")
    .min(400, "AUDIT_RETENTION_DAYS must be at least 400: the audit log promises 400 days")
    .max(36500)
    .default(400),
  /** The host customers point their status domains at (CNAME); defaults to NEXTAUTH_URL's host. */
  PINGPAGE_CNAME_TARGET: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, "PINGPAGE_CNAME_TARGET: a hostname like status.pingpage.example")
    .optional(),
  /** Serves every page at <slug>.<this domain> too (wildcard DNS record and TLS): e.g. status.example.net. */
  PINGPAGE_PAGES_DOMAIN: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase().replace(/\.$/, "") || undefined : v),
    z
      .string()
      .regex(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, "PINGPAGE_PAGES_DOMAIN: a domain like status.example.net, without scheme or wildcard")
      .optional(),
  ),
  /** DNS servers ("1.1.1.1,8.8.8.8:53") for custom-domain verification; the system's when unset. */
  PINGPAGE_DNS_SERVERS: z.string().optional(),
  /** Proxies (comma-separated CIDRs) whose X-Forwarded-For is believed; none by default. */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((text, ctx) => {
      try {
        parseTrustedProxies(text);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `TRUSTED_PROXIES: ${error instanceof Error ? error.message : "not a list of CIDRs"}` });
      }
    }),
  /** Per-workspace limits, unless a workspace's row in workspace_quotas overrides them. */
  QUOTA_CHECKS: quota(1_000),
  QUOTA_MIN_INTERVAL_SECONDS: z.coerce.number().int("QUOTA_MIN_INTERVAL_SECONDS: whole seconds").min(10).max(86_400).default(10),
  QUOTA_PAGES: quota(100),
  QUOTA_MEMBERS: quota(100),
  QUOTA_REGIONS_PER_CHECK: z.coerce.number().int("QUOTA_REGIONS_PER_CHECK: a whole number").min(1).max(10).default(10),
  QUOTA_WORKSPACES_PER_USER: quota(20),
  /** Sign-ups per client address per hour. */
  QUOTA_SIGNUPS_PER_HOUR: quota(5),
  /** Invitations per hour, per workspace and per inviting member. */
  QUOTA_INVITATIONS_PER_HOUR: quota(50),
  QUOTA_INVITATIONS_PER_INVITER_PER_HOUR: quota(20),
  /** Alert vendors' base URLs as JSON ({"slack":"http://127.0.0.1:9000"}), for proxies and tests. */
  /** Alerts within this many seconds of a workspace's last one are gathered into one message per channel. */
  ALERT_GROUP_WINDOW_SECONDS: z.coerce.number().int().min(1, "ALERT_GROUP_WINDOW_SECONDS: at least 1").max(3_600).default(30),
  ALERT_VENDOR_BASE_URLS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text?.trim()) return {};
      const parsed = z.record(z.string(), z.url()).safeParse(jsonOrNull(text));
      if (!parsed.success) ctx.addIssue({ code: "custom", message: 'ALERT_VENDOR_BASE_URLS: a JSON object of vendor names to URLs, e.g. {"slack":"http://127.0.0.1:9000"}' });
      return parsed.success ? parsed.data : {};
    }),
  /** Set by Next: which runtime and build phase this process is in. */
  /** Requests each API token may make per window (lib/api/handle.ts). */
  API_RATE_LIMIT: z.coerce.number().int("API_RATE_LIMIT: a whole number").min(1).max(1_000_000).default(600),
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int("API_RATE_LIMIT_WINDOW_SECONDS: whole seconds").min(1).max(86_400).default(60),
  NEXT_RUNTIME: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

function dnsServerList(text: string) {
  return text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => parseResolverAddress(entry));
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();

/** The database URL, which the launcher always sets (embedded or external). */
export function databaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Pingpage with `npm start`, which provides one.");
  }
  return env.DATABASE_URL;
}

export function oauthProviders() {
  return {
    github: env.GITHUB_ID && env.GITHUB_SECRET ? { id: env.GITHUB_ID, secret: env.GITHUB_SECRET } : null,
    google: env.GOOGLE_ID && env.GOOGLE_SECRET ? { id: env.GOOGLE_ID, secret: env.GOOGLE_SECRET } : null,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? { issuer: env.OIDC_ISSUER.replace(/\/$/, ""), id: env.OIDC_CLIENT_ID, secret: env.OIDC_CLIENT_SECRET, name: env.OIDC_NAME }
        : null,
  };
}

/** Where custom domains should point, or null when the app only has a local address. */
export function cnameTarget(): string | null {
  const host = env.PINGPAGE_CNAME_TARGET ?? (env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).hostname : null);
  return host && host.includes(".") && !/^[\d.]+$/.test(host) ? host.toLowerCase() : null;
}

/** Public resolvers for tenants' checks when the operator names none. */
export const defaultCheckDnsServers = ["1.1.1.1:53", "8.8.8.8:53"];

/**
 * The DNS servers checks resolve through. A hosted install never uses the worker's own resolver
 * (Docker's or the VPC's, which answer for internal names); a self-hosted one does unless told.
 */
export function checkDnsServers(settings: Pick<Env, "CHECK_DNS_SERVERS" | "ALLOW_PRIVATE_TARGETS"> = env): string[] | undefined {
  const configured = dnsServerList(settings.CHECK_DNS_SERVERS ?? "").flatMap((server) => (server ? [formatResolverAddress(server)] : []));
  if (configured.length > 0) return configured;
  return settings.ALLOW_PRIVATE_TARGETS ? undefined : defaultCheckDnsServers;
}
