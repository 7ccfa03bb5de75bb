import { createSocket, type RemoteInfo } from "node:dgram";
import { ipv6Bytes } from "@/lib/net/ip";

export type Zone = Record<string, Partial<Record<"A" | "AAAA" | "CNAME" | "MX" | "TXT" | "NS", string[]>>>;

const typeCodes = { A: 1, NS: 2, CNAME: 5, MX: 15, TXT: 16, AAAA: 28 } as const;
type RecordType = keyof typeof typeCodes;
const recordTypes: RecordType[] = ["A", "NS", "CNAME", "MX", "TXT", "AAAA"];

/**
 * A real UDP DNS server for tests: answers questions from `zone`, NXDOMAIN for unknown names.
 * MX values are written "10 mail.example.com".
 */
export async function startDnsResponder(zone: Zone) {
  const socket = createSocket("udp4");
  socket.on("message", (query: Buffer, peer: RemoteInfo) => {
    const reply = answer(query, zone);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function answer(query: Buffer, zone: Zone): Buffer | null {
  if (query.length < 12) return null;
  let offset = 12;
  const labels: string[] = [];
  for (let length = query[offset] ?? 0; length > 0; length = query[offset] ?? 0) {
    labels.push(query.subarray(offset + 1, offset + 1 + length).toString("ascii"));
    offset += length + 1;
  }
  const questionEnd = offset + 5;
  const qtype = query.readUInt16BE(offset + 1);
  const name = labels.join(".").toLowerCase();
  const records = zone[name];
  const type = recordTypes.find((t) => typeCodes[t] === qtype);
  const values = (type && records?.[type]) ?? [];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8180 | (records ? 0 : 3), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(values.length, 6);
  const answers = type ? values.map((value) => resourceRecord(type, value)) : [];
  return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
}

function resourceRecord(type: RecordType, value: string): Buffer {
  const data = rdata(type, value);
  const fixed = Buffer.alloc(12);
  fixed.writeUInt16BE(0xc00c, 0);
  fixed.writeUInt16BE(typeCodes[type], 2);
  fixed.writeUInt16BE(1, 4);
  fixed.writeUInt32BE(60, 6);
  fixed.writeUInt16BE(data.length, 10);
  return Buffer.concat([fixed, data]);
}

function rdata(type: RecordType, value: string): Buffer {
  switch (type) {
    case "A":
      return Buffer.from(value.split(".").map(Number));
    case "AAAA":
      return Buffer.from(ipv6Bytes(value) ?? new Uint8Array(16));
    case "CNAME":
    case "NS":
      return encodeName(value);
    case "MX": {
      const [priority = "0", exchange = ""] = value.split(" ");
      const head = Buffer.alloc(2);
      head.writeUInt16BE(Number(priority));
      return Buffer.concat([head, encodeName(exchange)]);
    }
    case "TXT":
      return Buffer.concat([Buffer.from([Buffer.byteLength(value)]), Buffer.from(value)]);
  }
}

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, "").split(".").filter(Boolean);
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p)])), Buffer.from([0])]);
}
