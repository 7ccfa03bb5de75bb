import { createServer as createHttpServer, type RequestListener, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Certificate } from "./certificates";

export type Target = { server: Server; port: number; url: (path?: string) => string; close: () => Promise<void> };

/** Starts a real HTTP (or HTTPS, given a certificate) server on an ephemeral port. */
export async function startHttpTarget(
  handler: RequestListener,
  options: { host?: string; certificate?: Certificate } = {},
): Promise<Target> {
  const host = options.host ?? "127.0.0.1";
  const server = options.certificate ? createHttpsServer(options.certificate, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address: AddressInfo | string | null = server.address();
  if (typeof address !== "object" || address === null) throw new Error("the test server has no TCP address");
  const { port } = address;
  const scheme = options.certificate ? "https" : "http";
  const urlHost = host === "0.0.0.0" ? "127.0.0.1" : host;
  return {
    server,
    port,
    url: (path = "/") => `${scheme}://${urlHost}:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
