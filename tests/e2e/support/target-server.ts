import http from "node:http";
import type { AddressInfo } from "node:net";

/** A local HTTP service for checks to probe; its health can be flipped during a test. */
export async function startTargetServer() {
  let status = 200;
  const server = http.createServer((_req, res) => {
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(status === 200 ? "ok" : "internal error");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health`,
    respondWith(code: number) {
      status = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
