import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The browser tests assume a database of their own (the instance's first user is theirs): with an
// external server, E2E_DATABASE_URL names an empty database for them, and the server and the tests'
// own queries (tests/e2e/support) use it.
if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;

// E2E_PORT and E2E_PG_PORT let two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Where tests/e2e/notifications/slack.spec.ts listens as Slack; the app sends Slack messages there. */
const VENDOR_PORT = Number(process.env.E2E_VENDOR_PORT ?? 3199);
const baseURL = `http://localhost:${PORT}`;

/** Playwright cannot download its own browsers here, so it drives a system Chromium. */
function systemChromium(): string {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error("No Chromium found. Install one: apt-get update && apt-get install -y chromium (or set PLAYWRIGHT_CHROMIUM_PATH)");
  }
  return found;
}

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one browser next to the web app, its worker and PostgreSQL.
  workers: 1,
  fullyParallel: false,
  // Checks run on a schedule; a test may wait ~60 s for a check to change state.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  // The first account on a fresh database is the instance admin: sign it up before any spec.
  projects: [
    { name: "instance-admin", testMatch: /instance-admin\.setup\.ts$/ },
    { name: "chromium", dependencies: ["instance-admin"] },
  ],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The real app as users start it: embedded PostgreSQL unless DATABASE_URL is set, migrations, build.
    command: "node --import tsx bin/start.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(PORT),
      PINGPAGE_DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54349",
      ALLOW_PRIVATE_TARGETS: "true",
      ALERT_VENDOR_BASE_URLS: JSON.stringify({ slack: `http://127.0.0.1:${VENDOR_PORT}` }),
      // Every spec signs up from 127.0.0.1; the per-address sign-up limit would stop the suite.
      QUOTA_SIGNUPS_PER_HOUR: "1000000",
      NEXTAUTH_URL: baseURL,
      // Required by the launcher when DATABASE_URL points at an external server.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "playwright-secret-not-for-production",
      // Seals check credentials at rest; also required with an external database.
      PINGPAGE_SECRET_KEY: process.env.PINGPAGE_SECRET_KEY ?? Buffer.alloc(32, "playwright-secret-key").toString("base64"),
    },
    // A first `next build` on two cores takes minutes.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    // The launcher's children and PostgreSQL run in their own process groups; only SIGTERM lets it stop them.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
