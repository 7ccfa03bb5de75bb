"use client";

import { useEffect, useState } from "react";

export type LiveState = { id: string; status: string; lastRunAt: string | null; lastLatencyMs: number | null; lastError: string | null };

const POLL_MS = 5_000;

/**
 * Polls `/checks/live` for these checks every 5 s while the tab is visible (and at once when it
 * becomes visible again). Returns the latest states by id and when they were read; a failed poll
 * keeps the last states, so the freshness time shows how old they are.
 */
export function useLiveStates(ids: string[], renderedAt: string) {
  const [states, setStates] = useState<Map<string, LiveState>>(new Map());
  // Times are this browser's clock, so a server clock that is off never shows a negative age.
  const [updatedAt, setUpdatedAt] = useState(() => new Date());
  const key = ids.join(",");

  const [renderSeen, setRenderSeen] = useState(renderedAt);
  if (renderSeen !== renderedAt) {
    // A new server render (filters, bulk action) is fresher than any earlier poll.
    setRenderSeen(renderedAt);
    setStates(new Map());
    setUpdatedAt(new Date());
  }

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch(`/checks/live?ids=${key}`, { cache: "no-store", headers: { accept: "application/json" } });
        if (!response.ok || response.redirected) return;
        const body = (await response.json()) as { states: LiveState[] };
        if (cancelled) return;
        setStates(new Map(body.states.map((state) => [state.id, state])));
        setUpdatedAt(new Date());
      } catch {
        // Offline or restarting: the freshness time grows until a poll succeeds.
      }
    };
    const timer = setInterval(poll, POLL_MS);
    const onVisible = () => void poll();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [key]);

  return { states, updatedAt };
}

/** Re-renders every second so "updated 7 s ago" counts up. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
