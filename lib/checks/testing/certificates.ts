import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Certificate = { key: string; cert: string };

/**
 * Makes a self-signed certificate (by default for localhost and 127.0.0.1) with openssl. Negative
 * `days` produce an already-expired certificate (OpenSSL 3.0's `req` refuses them, `x509 -signkey` does not).
 */
export function selfSignedCertificate(days: number, altNames = "DNS:localhost,IP:127.0.0.1"): Certificate {
  const dir = mkdtempSync(join(tmpdir(), "pingpage-cert-"));
  try {
    const key = join(dir, "key.pem");
    const fresh = join(dir, "fresh.pem");
    const out = join(dir, "cert.pem");
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
      "-addext", `subjectAltName=${altNames}`,
      "-keyout", key, "-out", fresh, "-days", "1",
    ], { stdio: "ignore" });
    execFileSync("openssl", [
      "x509", "-in", fresh, "-signkey", key, "-days", String(days), "-out", out,
    ], { stdio: "ignore" });
    return { key: readFileSync(key, "utf8"), cert: readFileSync(out, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
