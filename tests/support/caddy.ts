import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** True when Debian's `caddy` is on PATH (.ci/run installs it). */
export function caddyInstalled(): boolean {
  return spawnSync("caddy", ["version"], { stdio: "ignore" }).status === 0;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilListening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`caddy exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true)).on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`caddy did not listen on ${port}:\n${log()}`);
}

export type Caddy = { httpsPort: number; rootCa: () => string; stop: () => Promise<void> };

/**
 * Caddy on high ports with on-demand TLS from its own local CA, asking `askUrl` before it issues a
 * certificate for any name, and proxying every host to `upstream` (as deploy/Caddyfile does).
 */
export async function startCaddy(upstream: string, askUrl: string): Promise<Caddy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pingpage-caddy-"));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const caddyfile = `{
	admin off
	http_port ${httpPort}
	https_port ${httpsPort}
	local_certs
	skip_install_trust
	storage file_system ${path.join(dir, "data")}
	on_demand_tls {
		ask ${askUrl}
	}
}

https:// {
	tls {
		on_demand
	}
	reverse_proxy ${upstream}
}
`;
  fs.writeFileSync(path.join(dir, "Caddyfile"), caddyfile);
  let output = "";
  const child = spawn("caddy", ["run", "--config", path.join(dir, "Caddyfile"), "--adapter", "caddyfile"], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, "xdg-data"), XDG_CONFIG_HOME: path.join(dir, "xdg-config") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await untilListening(httpsPort, child, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    httpsPort,
    // The local CA is created at start-up; its root signs every certificate Caddy issues.
    rootCa: () => fs.readFileSync(path.join(dir, "data", "pki", "authorities", "local", "root.crt"), "utf8"),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET https://<hostname><path> through Caddy on 127.0.0.1, trusting only Caddy's local root CA. */
export function getOverTls(caddy: Caddy, hostname: string, pathname: string): Promise<{ status: number; body: string; issuer: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      { host: "127.0.0.1", port: caddy.httpsPort, servername: hostname, path: pathname, headers: { host: hostname }, ca: caddy.rootCa(), timeout: 15_000 },
      (response) => {
        const cn = (response.socket as import("node:tls").TLSSocket).getPeerCertificate().issuer?.CN ?? "";
        const issuer = Array.isArray(cn) ? cn.join(", ") : cn;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, issuer }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
  });
}
