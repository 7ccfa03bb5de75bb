import { createServer, type AddressInfo, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tcpConfig } from "@/lib/schemas/check-config";
import { runTcp } from "./run";

const local = { timeoutMs: 2_000, allowPrivateTargets: true };
let server: Server;
let port: number;

beforeAll(async () => {
  // Greets like SMTP, answers PING with PONG, ignores anything else.
  server = createServer((socket) => {
    socket.write("220 ready\r\n");
    socket.on("data", (chunk) => {
      if (chunk.toString().includes("PING")) socket.write("+PONG\r\n");
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (fields: Record<string, unknown>) => tcpConfig.parse({ type: "tcp", host: "127.0.0.1", port, ...fields });

describe("runTcp", () => {
  it("passes when the port accepts a connection", async () => {
    const result = await runTcp(config({}), local);
    expect(result).toMatchObject({ ok: true, details: { address: "127.0.0.1" } });
    expect(result.timings?.connectMs).toBeGreaterThan(0);
  });

  it("reads the banner when nothing is sent", async () => {
    const result = await runTcp(config({ expect: "220" }), local);
    expect(result.ok).toBe(true);
  });

  it("sends bytes and finds the expected reply", async () => {
    const result = await runTcp(config({ send: "PING\r\n", expect: "PONG" }), local);
    expect(result).toMatchObject({ ok: true });
    expect(result.timings?.firstByteMs).toBeGreaterThanOrEqual(0);
  });

  it("times out when the expected text never comes", async () => {
    const result = await runTcp(config({ send: "HELLO\r\n", expect: "PONG" }), { ...local, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, errorClass: "timeout", error: "no answer within 300 ms" });
  });

  it("reports a reply that lacks the expected text once the server closes", async () => {
    const closing = createServer((socket) => socket.end("-ERR unknown\r\n"));
    await new Promise<void>((resolve) => closing.listen(0, "127.0.0.1", resolve));
    const closingPort = (closing.address() as AddressInfo).port;
    const result = await runTcp(tcpConfig.parse({ type: "tcp", host: "127.0.0.1", port: closingPort, expect: "+OK" }), local);
    closing.close();
    expect(result).toMatchObject({ ok: false, errorClass: "assertion" });
    expect(result.error).toBe('reply does not contain "+OK": the server closed the connection, got "-ERR unknown\\r\\n"');
  });

  it("reports a closed port as refused, or as up in upside-down mode", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = await runTcp(config({ port: closedPort }), local);
    const inverted = await runTcp(config({ port: closedPort, upsideDown: true }), local);
    expect(down).toMatchObject({ ok: false, errorClass: "refused" });
    expect(inverted.ok).toBe(true);
  });

  it("goes through the SSRF guard", async () => {
    const result = await runTcp(config({ host: "localhost" }), { ...local, allowPrivateTargets: false });
    expect(result.errorClass).toBe("blocked");
  });

  it.each([25, 465, 587, 2525, 23, 6379, 11211])("sends nothing to the abuse-prone port %i in hosted mode", async (abusePort) => {
    // A public address: only the port rule can refuse it, and it does before any connection.
    const result = await runTcp(config({ host: "93.184.216.34", port: abusePort, send: "EHLO pingpage\r\n" }), { ...local, allowPrivateTargets: false });
    expect(result).toMatchObject({ ok: false, errorClass: "blocked" });
    expect(result.error).toMatch(new RegExp(`^refused: no data is sent to port ${abusePort} \\(.+\\), which is open to abuse$`));
    expect(result.timings?.connectMs).toBeUndefined();
  });

  it("leaves a banner check on an abuse-prone port to the address guard alone", async () => {
    const result = await runTcp(config({ port: 25, expect: "220" }), { ...local, allowPrivateTargets: false });
    expect(result).toMatchObject({ ok: false, errorClass: "blocked", error: "refused: 127.0.0.1 is a loopback address" });
  });

  it("lets a self-hosted install send to any port", async () => {
    const result = await runTcp(config({ port: 6379, send: "PING\r\n" }), local);
    expect(result.errorClass).not.toBe("blocked");
  });
});
