import { connect as netConnect, isIP, type Socket } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";

export type DialTls = {
  /** The name the certificate must match and the SNI to send; the dialled address is an IP. */
  servername: string;
  rejectUnauthorized: boolean;
  alpn?: string[];
};

export type DialOptions = {
  address: string;
  port: number;
  tls?: DialTls;
  signal?: AbortSignal;
};

export type Dialled<S extends Socket> = { socket: S; connectMs: number; tlsMs?: number };

/** Opens a fresh TCP (and optionally TLS) connection to an already-checked IP, timing each phase. */
export function dialTcp(options: DialOptions): Promise<Dialled<Socket>> {
  return withAbort(options.signal, (settle) => {
    const started = performance.now();
    const socket = netConnect({ host: options.address, port: options.port, noDelay: true });
    settle.track(socket);
    socket.once("connect", () => settle.done({ socket, connectMs: performance.now() - started }));
  });
}

export async function dialTls(options: DialOptions & { tls: DialTls }): Promise<Dialled<TLSSocket>> {
  const tcp = await dialTcp(options);
  const { servername, rejectUnauthorized, alpn } = options.tls;
  return withAbort(options.signal, (settle) => {
    const started = performance.now();
    const socket = tlsConnect({
      socket: tcp.socket,
      // Node refuses an IP address as SNI; without servername it verifies against `host`.
      ...(isIP(servername) ? { host: servername } : { servername }),
      rejectUnauthorized,
      ALPNProtocols: alpn,
    });
    settle.track(socket);
    socket.once("secureConnect", () =>
      settle.done({ socket, connectMs: tcp.connectMs, tlsMs: performance.now() - started }),
    );
  });
}

type Settle<T> = { track(socket: Socket): void; done(value: T): void };

/** Wires socket errors and the abort signal into one promise that destroys the socket on failure. */
function withAbort<T>(signal: AbortSignal | undefined, start: (settle: Settle<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let socket: Socket | undefined;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      socket?.destroy();
      reject(error);
    };
    const onAbort = () => fail(signal?.reason);
    if (signal?.aborted) return fail(signal.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    start({
      track(s) {
        socket = s;
        s.once("error", fail);
      },
      done(value) {
        if (settled) return;
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        socket?.removeListener("error", fail);
        resolve(value);
      },
    });
  });
}
