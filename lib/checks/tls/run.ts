import { checkServerIdentity, type PeerCertificate } from "node:tls";
import type { TlsConfig } from "@/lib/schemas/check-config";
import { dialTls } from "@/lib/net/dial";
import { resolveTarget } from "@/lib/net/ssrf";
import { probeDeadline } from "../errors";
import type { CheckResult, ErrorClass, RunOptions, Timings } from "../types";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Inspects a server's certificate: days until expiry, hostname match and chain validity. The
 * handshake never rejects, so an expired or untrusted certificate is reported rather than hidden.
 */
export async function runTls(config: TlsConfig, options: RunOptions): Promise<CheckResult> {
  const deadline = probeDeadline(options);
  const timings: Omit<Timings, "totalMs"> = {};
  try {
    const target = await resolveTarget(config.host, { ...options, signal: deadline.signal });
    timings.dnsMs = target.dnsMs;
    const dialled = await dialTls({
      address: target.address,
      port: config.port,
      signal: deadline.signal,
      tls: { servername: config.host, rejectUnauthorized: false },
    });
    timings.connectMs = dialled.connectMs;
    timings.tlsMs = dialled.tlsMs;
    const socket = dialled.socket;
    const certificate = socket.getPeerCertificate(true);
    const chainError = socket.authorizationError ? String(socket.authorizationError) : undefined;
    socket.destroy();
    const totalMs = deadline.elapsed();
    if (!certificate.valid_to) {
      return { ok: false, latencyMs: totalMs, errorClass: "tls", error: "the server sent no certificate", timings: { ...timings, totalMs } };
    }
    const verdict = judge(config, certificate, chainError);
    return { ...verdict, latencyMs: totalMs, timings: { ...timings, totalMs } };
  } catch (error) {
    return deadline.fail(error, { timings: { ...timings, totalMs: deadline.elapsed() } });
  } finally {
    deadline.dispose();
  }
}

type Verdict = Pick<CheckResult, "ok" | "errorClass" | "error" | "details">;

function judge(config: TlsConfig, certificate: PeerCertificate, chainError: string | undefined): Verdict {
  const expiresAt = new Date(certificate.valid_to);
  const daysLeft = Math.floor((expiresAt.getTime() - Date.now()) / dayMs);
  const hostnameError = checkServerIdentity(config.host, certificate)?.message;
  const details = {
    daysLeft,
    expiresAt: expiresAt.toISOString(),
    validFrom: new Date(certificate.valid_from).toISOString(),
    issuer: nameOf(certificate.issuer),
    subject: nameOf(certificate.subject),
    altNames: certificate.subjectaltname,
    fingerprint256: certificate.fingerprint256,
    chainValid: chainError === undefined,
    ...(chainError && { chainError }),
    hostnameMatches: hostnameError === undefined,
  };
  const failures: { errorClass: ErrorClass; message: string }[] = [];
  if (daysLeft < 0) {
    failures.push({ errorClass: "tls", message: `the certificate expired on ${details.expiresAt.slice(0, 10)}` });
  } else if (daysLeft < config.minDaysValid) {
    failures.push({ errorClass: "assertion", message: `the certificate expires in ${daysLeft} days, expected at least ${config.minDaysValid}` });
  }
  if (config.checkHostname && hostnameError) {
    const covers = certificate.subjectaltname ?? `CN=${details.subject ?? "?"}`;
    failures.push({ errorClass: "tls", message: `the certificate does not cover ${config.host} (it covers ${covers})` });
  }
  // Expiry is reported on its own above; the chain check covers trust (self-signed, unknown issuer).
  if (config.checkChain && chainError && chainError !== "CERT_HAS_EXPIRED") {
    failures.push({ errorClass: "tls", message: `the certificate chain is not trusted: ${chainError}` });
  }
  const first = failures[0];
  if (!first) return { ok: true, details };
  return { ok: false, errorClass: first.errorClass, error: failures.map((f) => f.message).join("; "), details };
}

function nameOf(name: PeerCertificate["issuer"] | undefined): string | undefined {
  const value = name?.CN ?? name?.O;
  return Array.isArray(value) ? value.join(", ") : value;
}
