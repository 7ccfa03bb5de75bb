import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { method: string; path: string; headers: IncomingMessage["headers"]; body: string };
/** What the receiver answers next: a status (with headers), or "hang" to never answer. */
export type Reply = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number } | "hang";

/**
 * A local HTTP server standing in for a vendor: it records every request and answers from a
 * script of replies (200 once the script is used up).
 */
export async function startAlertReceiver() {
  const received: ReceivedRequest[] = [];
  const script: Reply[] = [];
  const waiting: ServerResponse[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body });
      const reply = script.shift() ?? { status: 200 };
      if (reply === "hang") {
        waiting.push(response);
        return;
      }
      setTimeout(() => {
        response.writeHead(reply.status, reply.headers);
        response.end(reply.body ?? "");
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    reply(...replies: Reply[]) {
      script.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of waiting) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type AlertReceiver = Awaited<ReturnType<typeof startAlertReceiver>>;
