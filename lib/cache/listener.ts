import { Client } from "pg";
import { z } from "zod";
import { databaseUrl, env } from "@/lib/env";
import { CACHE_CHANNEL } from "@/lib/services/status-page/notify";
import { revalidateToken } from "./revalidate-token";

const message = z.object({ tags: z.array(z.string()).max(500) });
const BATCH_MS = 50;

/**
 * Runs in every web process (instrumentation.ts): hears the tags that other processes (the worker,
 * other web instances) invalidated and revalidates them in this process's cache. revalidateTag
 * needs a request context, so it calls its own /api/internal/revalidate on loopback.
 */
export function startCacheListener(): void {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let retryMs = 1_000;

  const flush = async () => {
    timer = null;
    const tags = [...pending];
    pending = new Set();
    try {
      const response = await fetch(`http://127.0.0.1:${env.PORT}/api/internal/revalidate`, {
        method: "POST",
        headers: { authorization: `Bearer ${revalidateToken()}`, "content-type": "application/json" },
        body: JSON.stringify({ tags }),
      });
      if (!response.ok) console.error(`[cache] revalidate answered ${response.status}`);
    } catch (error) {
      console.error("[cache] revalidate failed", error);
    }
  };

  const connect = async () => {
    const client = new Client({ connectionString: databaseUrl() });
    const reconnect = () => {
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      // Notifications sent while disconnected are lost; the pages' short revalidate covers them.
      setTimeout(() => void connect(), retryMs).unref();
      retryMs = Math.min(retryMs * 2, 30_000);
    };
    client.on("error", reconnect);
    client.on("notification", (notification) => {
      const parsed = message.safeParse(parseJson(notification.payload));
      if (notification.channel !== CACHE_CHANNEL || !parsed.success) return;
      parsed.data.tags.forEach((tag) => pending.add(tag));
      timer ??= setTimeout(() => void flush(), BATCH_MS);
    });
    try {
      await client.connect();
      await client.query(`listen ${CACHE_CHANNEL}`);
      retryMs = 1_000;
    } catch (error) {
      console.error("[cache] cannot listen for page changes, retrying", error instanceof Error ? error.message : error);
      reconnect();
    }
  };
  void connect();
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "null");
  } catch {
    return null;
  }
}
