import type { HttpConfig } from "@/lib/schemas/check-config";
import { ProbeError, probeDeadline } from "../errors";
import { failedAssertions } from "./assertions";
import { sendHop, type HopRequest, type HopResponse, type Phase } from "./hop";
import { applyUpsideDown } from "../upside-down";
import type { CheckResult, RunOptions, Timings } from "../types";

const userAgent = "Pingpage uptime check";
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Probes one HTTP(S) URL, following redirects by hand so each hop passes the SSRF guard. */
export async function runHttp(config: HttpConfig, options: RunOptions): Promise<CheckResult> {
  const deadline = probeDeadline(options);
  const phases: Omit<Timings, "totalMs"> = {};
  const hops: string[] = [];
  const timings = (): Timings => ({ ...phases, totalMs: deadline.elapsed() });
  const onPhase = (phase: Phase, ms: number) => {
    phases[phase] = (phases[phase] ?? 0) + ms;
  };
  try {
    let request = firstRequest(config);
    let response: HopResponse;
    const follow = (status: number, location: unknown) =>
      config.followRedirects && redirectStatuses.has(status) && typeof location === "string";
    for (;;) {
      hops.push(request.url.href);
      response = await sendHop(request, {
        verifyTls: config.verifyTls,
        allowPrivateTargets: options.allowPrivateTargets,
        dnsServers: options.dnsServers,
        signal: deadline.signal,
        readBody: (status, headers) => !follow(status, headers.location),
        onPhase,
      });
      const location = response.headers.location;
      if (!follow(response.status, location) || typeof location !== "string") break;
      if (hops.length > config.maxRedirects) {
        throw new ProbeError("network", `more than ${config.maxRedirects} redirects (last to ${location})`);
      }
      request = nextRequest(request, response.status, location);
    }
    const totalMs = deadline.elapsed();
    const failures = await failedAssertions(config.assertions, {
      status: response.status,
      headers: response.headers,
      body: response.body.toString("utf8"),
      totalMs,
    });
    const result: CheckResult = {
      ok: failures.length === 0,
      latencyMs: totalMs,
      statusCode: response.status,
      responseBytes: response.responseBytes,
      timings: { ...phases, totalMs },
      details: { url: request.url.href, ...(hops.length > 1 && { redirects: hops }), ...(response.truncated && { bodyTruncated: true }) },
      ...(failures.length > 0 && { errorClass: "assertion" as const, error: failures.join("; ") }),
    };
    return applyUpsideDown(result, config.upsideDown);
  } catch (error) {
    const details = hops.length > 1 ? { details: { redirects: hops } } : {};
    return applyUpsideDown(deadline.fail(error, { timings: timings(), ...details }), config.upsideDown);
  } finally {
    deadline.dispose();
  }
}

function firstRequest(config: HttpConfig): HopRequest {
  const url = new URL(config.url);
  for (const { name, value } of config.query) url.searchParams.append(name, value);
  const headers: Record<string, string> = { "user-agent": userAgent, accept: "*/*" };
  for (const { name, value } of config.headers) headers[name.toLowerCase()] = value;
  if (config.auth?.type === "basic") {
    const token = Buffer.from(`${config.auth.username}:${config.auth.password}`).toString("base64");
    headers.authorization = `Basic ${token}`;
  } else if (config.auth?.type === "bearer") {
    headers.authorization = `Bearer ${config.auth.token}`;
  }
  // A HEAD request cannot carry a body; every other method sends the configured one (even GET, as search APIs expect).
  return { url, method: config.method, headers, body: config.method === "HEAD" ? undefined : config.body };
}

/** Follows browser rules: 303 (and 301/302 after POST) become a GET; credentials stay on their origin. */
function nextRequest(previous: HopRequest, status: number, location: string): HopRequest {
  let url: URL;
  try {
    url = new URL(location, previous.url);
  } catch {
    throw new ProbeError("network", `redirect to an invalid URL: ${location}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ProbeError("network", `redirect to an unsupported URL: ${url.protocol}`);
  }
  const headers = { ...previous.headers };
  if (url.origin !== previous.url.origin) {
    delete headers.authorization;
    delete headers.cookie;
  }
  const becomesGet =
    (status === 303 && previous.method !== "HEAD") || ((status === 301 || status === 302) && previous.method === "POST");
  if (!becomesGet) return { url, method: previous.method, headers, body: previous.body };
  delete headers["content-type"];
  delete headers["content-length"];
  return { url, method: "GET", headers };
}
