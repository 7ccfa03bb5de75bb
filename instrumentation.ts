/** Next calls this once per server process at start-up. */
export async function register() {
  const { env } = await import("@/lib/env");
  if (env.NEXT_RUNTIME !== "nodejs" || env.NEXT_PHASE === "phase-production-build") return;
  const { startCacheListener } = await import("@/lib/cache/listener");
  startCacheListener();
}
