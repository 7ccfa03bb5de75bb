import { z } from "zod";
import { formatResolverAddress, parseResolverAddress } from "@/lib/schemas/check-config/dns";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }).optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PINGPAGE_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  EMAIL_FROM: z.string().default("Pingpage <noreply@pingpage.local>"),
  WORKER_REGION: z.string().regex(/^[a-z0-9-]{1,32}$/, "WORKER_REGION: lowercase letters, digits and dashes").default("default"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(500),
  WORKER_PINNED_ONLY: bool,
  WORKER_LOG_TIMINGS: bool,
  WORKER_LIVENESS_SECONDS: z.coerce.number().int().min(3, "WORKER_LIVENESS_SECONDS: at least 3").max(300).default(10),
  ALLOW_PRIVATE_TARGETS: bool,
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
  /** The host customers point their status domains at (CNAME); defaults to NEXTAUTH_URL's host. */
  PINGPAGE_CNAME_TARGET: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, "PINGPAGE_CNAME_TARGET: a hostname like status.pingpage.example")
    .optional(),
  /** DNS servers ("1.1.1.1,8.8.8.8:53") for custom-domain verification; the system's when unset. */
  PINGPAGE_DNS_SERVERS: z.string().optional(),
  /** Set by Next: which runtime and build phase this process is in. */
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
