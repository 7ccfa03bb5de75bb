import "server-only";
import { allowPrivateTargets } from "./settings";

/** How stale the worker's view of the admin's switch may be: the settings page promises a minute. */
const REFRESH_MS = 30_000;

/** The current "allow private targets" for a long-running process, re-read in the background. */
export async function followPrivateTargets(everyMs = REFRESH_MS): Promise<{ current: () => boolean; stop: () => void }> {
  let current = await allowPrivateTargets();
  const timer = setInterval(() => {
    // A failed read keeps the last answer: the database may be restarting.
    allowPrivateTargets().then((value) => (current = value), () => undefined);
  }, everyMs);
  timer.unref();
  return { current: () => current, stop: () => clearInterval(timer) };
}
