import "server-only";
import { ValidationError } from "@/lib/errors";
import { BlockedTargetError, resolveTarget } from "@/lib/net/ssrf";
import { tcpSendRefusal, type CheckConfig } from "@/lib/schemas/check-config";
import { allowPrivateTargets } from "../instance/settings";

const HOW_TO_ALLOW =
  "This instance does not monitor loopback or private networks. To monitor your own machine, the instance admin turns on " +
  "“Allow private targets” under Instance settings, or the operator sets ALLOW_PRIVATE_TARGETS=true.";

/** A save must not wait on a slow resolver; a name that does not resolve is left to the runs to report. */
const RESOLVE_MS = 2_000;

function target(config: CheckConfig): { field: string; host: string } | null {
  if (config.type === "http") return { field: "config.url", host: new URL(config.url).hostname };
  if (config.type === "tcp" || config.type === "tls" || config.type === "ping") return { field: "config.host", host: config.host };
  return null;
}

/**
 * Rules of a hosted install (private targets not allowed) that the shared schema cannot apply, since
 * it also runs in the browser without the server's settings. The target is resolved here so that
 * `localhost` is refused beside its field at save time; the worker enforces every rule again.
 */
export async function assertProbePolicy(config: CheckConfig, allowPrivate?: boolean): Promise<void> {
  if (allowPrivate ?? (await allowPrivateTargets())) return;
  const refusal = config.type === "tcp" ? tcpSendRefusal(config) : null;
  if (refusal) throw new ValidationError("Please fix the highlighted fields.", { "config.send": [refusal] });
  const probed = target(config);
  if (!probed) return;
  try {
    await resolveTarget(probed.host, { allowPrivateTargets: false, signal: AbortSignal.timeout(RESOLVE_MS) });
  } catch (error) {
    if (!(error instanceof BlockedTargetError)) return;
    const reason = error.message.replace(/^refused: /, "");
    throw new ValidationError("Please fix the highlighted fields.", { [probed.field]: [`Refused: ${reason}. ${HOW_TO_ALLOW}`] });
  }
}
