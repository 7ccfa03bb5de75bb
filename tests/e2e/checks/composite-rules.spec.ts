import { expect, test, type Page } from "@playwright/test";
import { signUp } from "../support/accounts";

async function newCheck(page: Page, name: string, type: string) {
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Check type").selectOption(type);
}

async function heartbeat(page: Page, name: string) {
  await newCheck(page, name, "heartbeat");
  await page.getByLabel("Expected every (seconds)").fill("3600");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

test("a composite asks for K only with the at-least rule, refuses K above its members, and saves the rule", async ({ page }) => {
  await signUp(page);
  await heartbeat(page, "Replica A");
  await heartbeat(page, "Replica B");

  await newCheck(page, "Cluster", "composite");
  await page.getByLabel("Replica A").check();
  await page.getByLabel("Replica B").check();
  await expect(page.getByLabel("Rule")).toHaveValue("all");
  await expect(page.getByLabel("K (checks that must be up)")).toHaveCount(0);

  await page.getByLabel("Rule").selectOption("at_least");
  await page.getByLabel("K (checks that must be up)").fill("3");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByText("At most 2: the number of checks chosen")).toBeVisible();

  await page.getByLabel("K (checks that must be up)").fill("1");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name: "Cluster" })).toBeVisible();
  await expect(page.getByText("At least 1 of 2 checks")).toBeVisible();
});
