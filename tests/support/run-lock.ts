import fs from "node:fs";
import path from "node:path";

const WAIT_MS = 180_000;

/**
 * Two `vitest run`s in one checkout share `.data/test`, and starting the embedded server stops any
 * other one there. The second run waits for the first instead; a lock left by a killed run is ignored.
 */
export async function acquireRunLock(dataDir: string): Promise<() => void> {
  const file = path.join(dataDir, "vitest-run.pid");
  fs.mkdirSync(dataDir, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(fs.readFileSync(file, "utf8"));
    if (!isAlive(owner)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Another test run (pid ${owner}) still uses ${dataDir}. Wait for it, or set DATABASE_URL.`);
    }
    if (!announced) console.warn(`[vitest] waiting for another test run (pid ${owner}) to release ${dataDir}…`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
