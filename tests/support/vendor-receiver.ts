import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type VendorRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingMessage["headers"]; body: string };
export type VendorReply = { status: number; headers?: Record<string, string>; body?: string };

/**
 * A local HTTP server on 127.0.0.1 standing in for one vendor: it records every request and
 * answers as that vendor does (`answer`), unless a scripted reply (`reply`) comes first.
 */
export async function startVendorReceiver(answer: (request: VendorRequest) => VendorReply) {
  const received: VendorRequest[] = [];
  const script: VendorReply[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://receiver");
      const recorded = { method: request.method ?? "", path: url.pathname, query: url.searchParams, headers: request.headers, body };
      received.push(recorded);
      const reply = script.shift() ?? answer(recorded);
      response.writeHead(reply.status, reply.headers);
      response.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    reply: (...replies: VendorReply[]) => script.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type VendorReceiver = Awaited<ReturnType<typeof startVendorReceiver>>;

/** Slack's incoming webhooks answer 200 with the text "ok". */
export const slackAnswer = (): VendorReply => ({ status: 200, headers: { "content-type": "text/plain" }, body: "ok" });
/** Discord with ?wait=true answers 200 with the message it created. */
export const discordAnswer = (request: VendorRequest): VendorReply =>
  request.query.get("wait") === "true" ? { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "1180000000000000001" }) } : { status: 204 };
/** A Teams workflow trigger accepts the request and runs the flow later. */
export const teamsAnswer = (): VendorReply => ({ status: 202 });
/** Google Chat answers with the created message's resource name. */
export const googleChatAnswer = (request: VendorRequest): VendorReply => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ name: `${request.path.replace(/^\/v1\//, "").replace(/\/messages$/, "")}/messages/m1`, thread: { name: "spaces/x/threads/t1" } }),
});
