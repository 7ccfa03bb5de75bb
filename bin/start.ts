import { spawn, type ChildProcess } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { stopChild } from "./stop-child";
import { launcherSecretBox, resolveAuthSecret, resolveDatabase, resolveSecretKey } from "./database";
import { migrateDatabase } from "@/db/migrate";
import { sealStoredSecrets } from "@/db/seal-secrets";
import { authOriginEnv } from "@/lib/accounts/auth-origin";
import { env } from "@/lib/env";

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, then the web app and one
 * worker as child processes. Ctrl-C stops the children first, then the database.
 */
async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const database = await resolveDatabase();
  const children: ChildProcess[] = [];
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("[pingpage] stopping…");
    await Promise.all(children.map((child) => stopChild(child, 15_000)));
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("exit", () => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

  try {
    const secret = resolveAuthSecret(database.embedded);
    const secretKey = resolveSecretKey(database.embedded);
    await migrateDatabase(database.url);
    // Plain text from before encryption, and values under a previous key, get the current key.
    const sealed = await sealStoredSecrets(database.url, launcherSecretBox(secretKey));
    if (sealed.checkSettings + sealed.columns > 0) {
      console.log(`[pingpage] encrypted the secrets of ${sealed.checkSettings} checks and ${sealed.columns} other values with the current key`);
    }
    if (sealed.unreadable > 0) {
      console.warn(`[pingpage] ${sealed.unreadable} stored secrets are sealed with a key this server does not have: add it to PINGPAGE_SECRET_KEY_PREVIOUS, or enter those credentials again`);
    }
    if (!dev) buildIfNeeded();
    const origin = authOriginEnv(env.NEXTAUTH_URL, env.PORT);
    const childEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      PINGPAGE_SECRET_KEY: secretKey,
      ...origin.env,
    };
    // Production runs Next behind the status-page HTML cache (bin/web.ts); development runs `next dev`.
    const web = dev ? [require.resolve("next/dist/bin/next"), "dev", "-p", String(env.PORT)] : ["--import", "tsx", "bin/web.ts"];
    children.push(launch("web", web, dev ? childEnv : { ...childEnv, NODE_ENV: "production" }, shutdown));
    if (env.PINGPAGE_WORKER === "embedded") {
      children.push(launch("worker", ["--conditions=react-server", "--import", "tsx", "worker/index.ts"], childEnv, shutdown));
    }
    console.log(`[pingpage] ready: open ${origin.openAt}`);
  } catch (error) {
    console.error(`[pingpage] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

function launch(name: string, args: string[], childEnv: NodeJS.ProcessEnv, onExit: (code: number) => Promise<void>): ChildProcess {
  const child = spawn(process.execPath, args, { env: childEnv, stdio: "inherit", detached: true });
  child.once("exit", (code, signal) => {
    console.error(`[pingpage] ${name} exited (${signal ?? code})`);
    void onExit(code === 0 ? 0 : 1);
  });
  return child;
}


void main();
