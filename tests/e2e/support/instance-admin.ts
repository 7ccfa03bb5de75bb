import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** Written by tests/e2e/instance-admin.setup.ts next to the e2e database. */
// One file per database: a run against an external server must not reuse the embedded run's admin.
const database = createHash("sha256").update(process.env.DATABASE_URL ?? "embedded").digest("hex").slice(0, 8);
export const INSTANCE_ADMIN_FILE = path.join(".data/e2e", `instance-admin-${database}.json`);

/** Signs in as the instance's first user in this page's context. */
export async function signInAsInstanceAdmin(page: Page) {
  const { email, password } = JSON.parse(fs.readFileSync(INSTANCE_ADMIN_FILE, "utf8")) as { email: string; password: string };
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/checks$/);
  return { email };
}
