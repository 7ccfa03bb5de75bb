import "server-only";
import { and, eq } from "drizzle-orm";
import { checks } from "@/db/schema";
import { runCheck } from "@/lib/checks";
import type { CheckResult } from "@/lib/checks/types";
import { openCheckSecrets } from "@/lib/crypto/check-secrets";
import { db } from "@/lib/db";
import { allowPrivateTargets } from "../instance/settings";
import { checkDnsServers, env } from "@/lib/env";
import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { checkConfig } from "@/lib/schemas/check-config";
import { assertRole, type Ctx } from "../context";
import { describeWait, takeAttempt } from "../limits/rate-limit";
import { isProbed } from "./schedule";

/** One manual run per check per this many seconds: enough to retry a fix, too few to probe a target with. */
export const RUN_NOW_WINDOW_SECONDS = 10;

export type RunNowResult = Pick<CheckResult, "ok" | "latencyMs" | "statusCode" | "error" | "errorClass" | "timings"> & { ranAt: string };

/**
 * Probes a check once, now, in this process, through the same module, SSRF guard and options the
 * worker uses. The result is shown, not recorded: a run the user asked for while fixing something
 * must not move the check's state, open an outage or count towards its uptime.
 */
export async function runCheckNow(ctx: Ctx, checkId: string, options: { signal?: AbortSignal; allowPrivateTargets?: boolean } = {}): Promise<RunNowResult> {
  assertRole(ctx, "editor");
  const [check] = await db
    .select({ type: checks.type, config: checks.config, timeoutMs: checks.timeoutMs })
    .from(checks)
    .where(and(eq(checks.id, checkId), eq(checks.workspaceId, ctx.workspaceId)));
  if (!check) throw new NotFoundError("Check");
  if (!isProbed(check.type)) throw new ValidationError(`A ${check.type} check is not probed, so it cannot be run now`);
  const attempt = await takeAttempt([{ key: `run-now:${checkId}`, max: 1, windowSeconds: RUN_NOW_WINDOW_SECONDS }]);
  if (!attempt.allowed) throw new RateLimitedError(`This check ran a moment ago; run it again in ${describeWait(attempt.retryAfterSeconds)}`);
  const config = openedConfig(check.config);
  const ranAt = new Date().toISOString();
  // The instance setting, as the worker follows it (the environment variable wins when set).
  const allowPrivate = options.allowPrivateTargets ?? (await allowPrivateTargets());
  const result = await runCheck(config, {
    timeoutMs: check.timeoutMs,
    allowPrivateTargets: allowPrivate,
    dnsServers: checkDnsServers({ CHECK_DNS_SERVERS: env.CHECK_DNS_SERVERS, ALLOW_PRIVATE_TARGETS: allowPrivate }),
    signal: options.signal,
  });
  const { ok, latencyMs, statusCode, error, errorClass, timings } = result;
  return { ok, latencyMs, statusCode, error, errorClass, timings, ranAt };
}

/** As the worker does: a key problem is a message the tenant can act on; the detail goes to the log. */
function openedConfig(stored: unknown) {
  let opened: unknown;
  try {
    opened = openCheckSecrets(stored);
  } catch (error) {
    console.error(`[checks] run now cannot open a check's credentials: ${error instanceof Error ? error.message : String(error)}`);
    throw new ValidationError("The saved credentials cannot be decrypted with this server's key: enter them again");
  }
  const parsed = checkConfig.safeParse(opened);
  if (!parsed.success) throw new ValidationError("This check's saved settings are not valid: edit and save it first");
  return parsed.data;
}
