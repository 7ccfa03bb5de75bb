import type { IncomingMessage, ServerResponse } from "node:http";
import { BlockList, isIPv4, isIPv6 } from "node:net";

/**
 * The header bin/web.ts sets on every request to the address it believes, overwriting whatever a
 * client sent. Route handlers and actions read the client address from it and from nothing else.
 */
export const CLIENT_ADDRESS_HEADER = "x-pingpage-client-ip";

/** A bare IP literal (no port, brackets or zone; IPv4-mapped IPv6 as IPv4), or null if not one. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.replace(/:\d+$/, "");
  text = text.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped?.[1]) text = mapped[1];
  return isIPv4(text) || isIPv6(text) ? text : null;
}

/** Parses TRUSTED_PROXIES ("10.0.0.0/8, 172.16.0.1, fd00::/8"); throws naming the bad entry. */
export function parseTrustedProxies(text: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (text ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [base = "", prefixText] = entry.split("/");
    const address = normalizeAddress(base);
    const type = address && isIPv4(address) ? "ipv4" : "ipv6";
    const max = type === "ipv4" ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!address || !Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d+$/.test(prefixText))) {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, prefix, type);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIPv4(address) ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy. Then X-Forwarded-For
 * is walked from the right (each proxy appends the address it saw), skipping trusted hops; the
 * first untrusted one is the client. Entries left of it were written by the client and are ignored.
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string | null {
  let client = normalizeAddress(peer);
  if (!client || !isTrusted(client, trusted)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  for (const hop of hops.reverse()) {
    const address = normalizeAddress(hop);
    // Garbage from a proxy's left: keep the last hop we could believe.
    if (!address) return client;
    client = address;
    if (!isTrusted(address, trusted)) return address;
  }
  return client;
}

/** What a request handler reads: the header set by bin/web.ts, or null outside it (e.g. `next dev`). */
export function clientAddressFromHeaders(headers: { get(name: string): string | null } | Record<string, unknown> | undefined): string | null {
  if (!headers) return null;
  const value = typeof headers.get === "function" ? (headers as { get(name: string): string | null }).get(CLIENT_ADDRESS_HEADER) : (headers as Record<string, unknown>)[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" ? normalizeAddress(value) : null;
}

/** Wraps the web server's handler: every request carries the believed client address, spoofs overwritten. */
export function withClientAddress(handler: (request: IncomingMessage, response: ServerResponse) => unknown, trusted: BlockList) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const address = clientAddressOf(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete request.headers[CLIENT_ADDRESS_HEADER];
    return handler(request, response);
  };
}
