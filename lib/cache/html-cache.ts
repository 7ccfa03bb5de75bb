import type { OutgoingHttpHeaders } from "node:http";

/** A response ready to write: its head (with length and encoding) and body. */
export type CachedBody = { headers: OutgoingHttpHeaders; body: Buffer };

/** A page as Next answered it, in both encodings. */
export type CachedPage = { status: number; identity: CachedBody; gzip: CachedBody; freshUntil: number };

/** Past this age beyond fresh a copy is no longer served while its refill is late or failing. */
export const MAX_STALE_MS = 30_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const MAX_CONCURRENT_FILLS = 4;

/**
 * In-memory copies of cached pages, by host and URL, least recently used first out past a byte
 * budget. A purge (any page changed) drops every copy and voids refills already under way, so a
 * copy read before the change is never stored after it.
 */
export class HtmlCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly fills = new Map<string, number>();
  private bytes = 0;
  private generation = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The copy for `key` if it may still be served; `fresh` false means serve it and refill. */
  lookup(key: string, now: number): { page: CachedPage; fresh: boolean } | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (now > page.freshUntil + MAX_STALE_MS) {
      this.remove(key);
      return null;
    }
    this.pages.delete(key);
    this.pages.set(key, page);
    return { page, fresh: now <= page.freshUntil };
  }

  /** A ticket to refill `key`, or null when it is already being refilled or too many are. */
  startFill(key: string): number | null {
    if (this.fills.get(key) === this.generation || this.fills.size >= MAX_CONCURRENT_FILLS) return null;
    this.fills.set(key, this.generation);
    return this.generation;
  }

  /** Stores the refill's result (null: Next's answer may not be kept, so drop the old copy). */
  finishFill(key: string, ticket: number, page: CachedPage | null): void {
    if (this.fills.get(key) === ticket) this.fills.delete(key);
    if (ticket !== this.generation) return;
    this.remove(key);
    if (!page) return;
    const size = sizeOf(page);
    if (size > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(old);
    }
  }

  purge(): void {
    this.pages.clear();
    this.fills.clear();
    this.bytes = 0;
    this.generation += 1;
  }

  get size(): number {
    return this.pages.size;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(page);
  }
}

const sizeOf = (page: CachedPage) => page.identity.body.length + page.gzip.body.length;
