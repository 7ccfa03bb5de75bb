/** Next calls this once per server process at start-up. */
export async function register() {
  // Read literally (not through lib/env) so the bundler drops the Node-only import from the edge build.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env.NEXT_PHASE === "phase-production-build") return;
  // Fails at start, saying how to fix it, rather than on the first saved credential.
  const { secretBox } = await import("@/lib/crypto/secret-box");
  secretBox();
  const { startCacheListener } = await import("@/lib/cache/listener");
  startCacheListener();
}
