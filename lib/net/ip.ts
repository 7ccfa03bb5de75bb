import { isIPv4, isIPv6 } from "node:net";

/** Parses an IPv6 literal (with optional zone and embedded dotted quad) into 16 bytes. */
export function ipv6Bytes(address: string): Uint8Array | null {
  const bare = address.replace(/%.*$/, "");
  if (!isIPv6(bare)) return null;
  let text = bare.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = ipv4Bytes(dotted[1]);
    if (!v4) return null;
    const hi = ((v4[0] ?? 0) << 8) | (v4[1] ?? 0);
    const lo = ((v4[2] ?? 0) << 8) | (v4[3] ?? 0);
    text = `${text.slice(0, -dotted[1].length)}${hi.toString(16)}:${lo.toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(zeros).fill("0"), ...tailGroups];
  if (groups.length !== 8) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  return bytes;
}

export function ipv4Bytes(address: string): Uint8Array | null {
  if (!isIPv4(address)) return null;
  return Uint8Array.from(address.split(".").map(Number));
}

export function ipv4FromBytes(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 4)).join(".");
}

/**
 * The IPv4 address an IPv6 address carries, for the forms that route to it: IPv4-mapped
 * (::ffff:a.b.c.d), SIIT (::ffff:0:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96)
 * and 6to4 (2002::/16).
 */
export function embeddedIpv4(bytes: Uint8Array): string | null {
  const zeroUpTo = (end: number) => bytes.subarray(0, end).every((b) => b === 0);
  if (zeroUpTo(10) && bytes[10] === 0xff && bytes[11] === 0xff) return ipv4FromBytes(bytes, 12);
  if (zeroUpTo(8) && bytes[8] === 0xff && bytes[9] === 0xff && bytes[10] === 0 && bytes[11] === 0) return ipv4FromBytes(bytes, 12);
  if (zeroUpTo(12) && !bytes.subarray(12).every((b) => b === 0) && !(bytes[15] === 1 && zeroUpTo(15))) {
    return ipv4FromBytes(bytes, 12);
  }
  const nat64 = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
  if (nat64.every((b, i) => bytes[i] === b)) return ipv4FromBytes(bytes, 12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return ipv4FromBytes(bytes, 2);
  return null;
}

/** URL hostnames wrap IPv6 literals in brackets; sockets and DNS want them bare. */
export function unbracket(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}
