import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

// The target runs in its own process so serving requests does not compete with the prober.
const serverSource = `
const http = require("node:http");
const server = http.createServer((req, res) => res.end("ok"));
server.keepAliveTimeout = 1000;
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"));
`;

export type BenchTarget = { url: string; stop: () => void };

export async function startBenchTarget(): Promise<BenchTarget> {
  const child: ChildProcess = spawn(process.execPath, ["-e", serverSource], { stdio: ["ignore", "pipe", "inherit"] });
  const stdout = child.stdout;
  if (!stdout) throw new Error("the bench target has no stdout");
  const [chunk]: unknown[] = await once(stdout, "data");
  const port = Number(String(chunk).trim());
  if (!Number.isInteger(port)) throw new Error(`the bench target did not report a port: ${String(chunk)}`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}
