import "server-only";
import { Client } from "pg";
import { databaseUrl } from "@/lib/env";
import { checkChangedChannel } from "../checks/schedule";

const reconnectAfterMs = 1_000;

/**
 * Calls `onChange(checkId)` for every check edited, paused or deleted, on a connection of its
 * own (LISTEN needs one), reconnecting after errors. Returns a function that stops listening.
 */
export function listenForCheckChanges(onChange: (checkId: string) => void): () => Promise<void> {
  let client: Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new Client({ connectionString: databaseUrl() });
    next.on("notification", (message) => {
      if (message.channel === checkChangedChannel && message.payload) onChange(message.payload);
    });
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      console.error("[worker] check-change listener failed; reconnecting", error instanceof Error ? error.message : error);
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(), reconnectAfterMs);
    };
    next.on("error", fail);
    try {
      await next.connect();
      await next.query(`listen ${checkChangedChannel}`);
      client = next;
    } catch (error) {
      fail(error);
    }
  };
  void connect();

  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
