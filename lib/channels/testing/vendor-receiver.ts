import type { IncomingHttpHeaders } from "node:http";
import { startHttpTarget, type Target } from "@/lib/checks/testing/http-target";
import { createGuardedFetch, vendorUrl } from "../guarded-fetch";
import type { SendContext } from "../types";

export type ReceivedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: string; at: number };

export type VendorAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

export type VendorReceiver = Target & {
  received: ReceivedRequest[];
  /** Answers the next requests in turn; once used up, every request gets `fallback`. */
  answer: (...answers: VendorAnswer[]) => void;
  /** A send context whose vendor base URLs all point at this receiver, loopback allowed. */
  sendContext: (vendor: string) => SendContext;
};

/** A local HTTP server standing in for a vendor's API: records each request and answers as told. */
export async function startVendorReceiver(fallback: VendorAnswer = { status: 202, body: { status: "success" } }): Promise<VendorReceiver> {
  const received: ReceivedRequest[] = [];
  const queued: VendorAnswer[] = [];
  const target = await startHttpTarget((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const answer = queued.shift() ?? fallback;
      response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      response.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  return {
    ...target,
    received,
    answer: (...answers) => queued.push(...answers),
    sendContext: (vendor) => ({
      fetch: createGuardedFetch(true),
      vendorUrl: (name, url) => vendorUrl({ [vendor]: target.url("") }, name, url),
      idempotencyKey: "delivery-key-1",
      attempt: 1,
    }),
  };
}
