import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { startTargetServer } from "../support/target-server";

test("a new workspace tells its owners; a policy is created, a down check is acknowledged from its page, and a check opts out", async ({ page }) => {
  const target = await startTargetServer();
  try {
    await signUp(page, "Paula Policy");
    await page.goto("/notifications/policies");
    await expect(page.getByRole("link", { name: "Tell the owners" })).toBeVisible();

    await page.getByRole("link", { name: "New policy" }).click();
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Name the policy" })).toBeVisible();
    await page.getByLabel("Name").fill("On call");
    await page.getByLabel("Checks", { exact: true }).selectOption("all");
    await page.getByRole("checkbox", { name: "Owners (email)" }).first().check();
    await page.getByLabel("Remind every (minutes)").fill("30");
    await page.getByLabel("At most (reminders)").fill("3");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page).toHaveURL(/\/notifications\/policies$/);
    await expect(page.getByRole("link", { name: "On call" })).toBeVisible();

    await page.goto("/checks/new");
    await page.getByLabel("Name").fill("Shop");
    await page.getByLabel("Check type").selectOption("http");
    await page.getByLabel("URL").fill(target.url);
    await page.getByLabel("Interval (seconds)").fill("10");
    await page.getByRole("button", { name: "Create check" }).click();
    await expect(page.getByRole("heading", { name: "Shop" })).toBeVisible();
    await expect(page.getByText("Alerts go out under:")).toBeVisible();
    await expect(page.getByRole("link", { name: "On call" })).toBeVisible();

    target.respondWith(500);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("button", { name: /Acknowledge the down alert/ }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await page.getByRole("button", { name: /Acknowledge the down alert/ }).first().click();
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("acknowledged").first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    await page.getByRole("button", { name: "Turn alerts off for this check" }).click();
    await expect(page.getByText("This check alerts no one")).toBeVisible();
  } finally {
    await target.close();
  }
});
