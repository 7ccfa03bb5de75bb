import fs from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { signUp } from "./support/accounts";
import { INSTANCE_ADMIN_FILE } from "./support/instance-admin";

/**
 * Runs before every spec (see playwright.config.ts): on a fresh e2e database, the first account to
 * sign up is the instance admin, who alone sees the dev outbox and mail settings. Its credentials
 * are kept beside the database for the specs and for later runs against the same database.
 */
setup("the instance admin exists", async ({ page }) => {
  if (fs.existsSync(INSTANCE_ADMIN_FILE)) return;
  const account = await signUp(page, "Instance Admin");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^(Outbox|Mail)\b/ }),
    `Another account signed up first. Delete ${INSTANCE_ADMIN_FILE}'s database (.data/e2e) and run again.`,
  ).toBeVisible();
  fs.mkdirSync(path.dirname(INSTANCE_ADMIN_FILE), { recursive: true });
  fs.writeFileSync(INSTANCE_ADMIN_FILE, JSON.stringify(account));
});
