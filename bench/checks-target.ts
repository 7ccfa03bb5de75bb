import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { z } from "zod";

/**
 * The monitored service, in its own process: /ok answers 200, /fail 500, and /flap alternates
 * between 200 and 503 every `flapSeconds`, so some checks change state (and open outages).
 * It counts the requests it answered; `count()` asks it over IPC.
 */
const serverSource = `
const http = require("node:http");
const flapMs = Number(process.argv[1]) * 1000;
let requests = 0;
const server = http.createServer((req, res) => {
  requests += 1;
  const path = req.url.split("?")[0];
  if (path === "/fail") res.statusCode = 500;
  else if (path === "/flap" && Math.floor(Date.now() / flapMs) % 2 === 1) res.statusCode = 503;
  res.end("ok");
});
server.keepAliveTimeout = 1000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
process.on("message", () => process.send({ requests }));
`;

export type CheckTarget = { baseUrl: string; pid: number; requests: () => Promise<number>; stop: () => void };

export async function startCheckTarget(flapSeconds: number): Promise<CheckTarget> {
  const child: ChildProcess = spawn(process.execPath, ["-e", serverSource, String(flapSeconds)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = z.object({ port: z.number() }).parse((await once(child, "message"))[0]);
  return {
    baseUrl: `http://127.0.0.1:${ready.port}`,
    pid: child.pid ?? 0,
    requests: async () => {
      child.send("count");
      const reply = z.object({ requests: z.number() }).parse((await once(child, "message"))[0]);
      return reply.requests;
    },
    stop: () => child.kill(),
  };
}
