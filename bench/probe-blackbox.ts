import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Pool } from "undici";
import { measure, type RunStats } from "./probe-stats";

const candidates = [
  "/usr/bin/prometheus-blackbox-exporter",
  "/usr/bin/prometheus_blackbox_exporter",
  "/usr/local/bin/blackbox_exporter",
];

export function findBlackboxExporter(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (typeof address !== "object" || address === null) throw new Error("no free port");
  const { port } = address;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Drives the exporter's /probe endpoint at the same concurrency; each probe dials the target afresh. */
export async function benchBlackbox(binary: string, targetUrl: string, concurrency: number, seconds: number): Promise<RunStats> {
  const dir = mkdtempSync(join(tmpdir(), "pingpage-blackbox-"));
  const configFile = join(dir, "blackbox.yml");
  writeFileSync(configFile, "modules:\n  http_2xx:\n    prober: http\n    timeout: 5s\n    http:\n      preferred_ip_protocol: ip4\n");
  const port = await freePort();
  const child = spawn(binary, [`--config.file=${configFile}`, `--web.listen-address=127.0.0.1:${port}`, "--log.level=error"], {
    stdio: "ignore",
  });
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: concurrency });
  try {
    await waitUntilHealthy(pool);
    const path = `/probe?module=http_2xx&target=${encodeURIComponent(targetUrl)}`;
    return await measure(concurrency, seconds, async () => {
      const started = performance.now();
      const response = await pool.request({ path, method: "GET" });
      const text = await response.body.text();
      return text.includes("probe_success 1") ? performance.now() - started : null;
    });
  } finally {
    await pool.close();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitUntilHealthy(pool: Pool) {
  const giveUpAt = performance.now() + 10_000;
  while (performance.now() < giveUpAt) {
    const healthy = await pool
      .request({ path: "/-/healthy", method: "GET" })
      .then(async (r) => (await r.body.text(), r.statusCode === 200))
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the blackbox exporter did not become healthy within 10 s");
}
