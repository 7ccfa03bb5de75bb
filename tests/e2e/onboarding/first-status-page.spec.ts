import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { startTargetServer } from "../support/target-server";

test("a new user monitors a service and the public page shows its outage", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    await expect(page.getByRole("heading", { name: "No checks yet" })).toBeVisible();

    await page.getByRole("link", { name: "New check" }).click();
    await page.getByLabel("Name").fill("Checkout API");
    await page.getByLabel("URL").fill(target.url);
    await page.getByLabel("Interval (seconds)").fill("10");
    await page.getByRole("button", { name: "Create check" }).click();
    await expect(page.getByRole("heading", { name: "Checkout API" })).toBeVisible();

    await page.getByRole("link", { name: "Checks", exact: true }).click();
    const row = page.getByRole("row", { name: /Checkout API/ });
    await expect(row.getByText("Up")).toBeVisible({ timeout: 30_000 });
    await expect(row.getByText(/OK in \d+ ms/)).toBeVisible();

    const slug = `e2e-${randomUUID().slice(0, 8)}`;
    await page.getByRole("link", { name: "Status pages" }).click();
    await page.getByRole("link", { name: "New status page" }).click();
    await page.getByLabel("Name").fill("Acme Status");
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Checkout API").check();
    await page.getByRole("button", { name: "Create page" }).click();
    await expect(page.getByRole("link", { name: new RegExp(`/s/${slug}`) })).toBeVisible();

    // A visitor who is not signed in.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/s/${slug}`);
    await expect(visitor.getByRole("heading", { name: "Acme Status" })).toBeVisible();
    await expect(visitor.getByLabel("Overall status")).toHaveText("All systems operational");
    const component = visitor.getByRole("region", { name: "Components" }).getByRole("listitem").filter({ hasText: "Checkout API" });
    await expect(component).toContainText("Operational");

    target.respondWith(500);
    await expect(async () => {
      await visitor.reload();
      await expect(visitor.getByLabel("Overall status")).toHaveText("Major outage", { timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await expect(component).toContainText("Major outage");
    // The page opened an incident by itself (the default for a new page).
    await expect(visitor.getByRole("region", { name: "Active incidents" })).toContainText("Checkout API is down");

    await page.goto("/checks");
    await expect(page.getByRole("row", { name: /Checkout API/ }).getByText("status 500", { exact: false })).toBeVisible();

    // Deleting the check takes it off the page; nothing keeps probing the stopped target.
    await page.getByRole("link", { name: "Checkout API" }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete check" }).click();
    await expect(page.getByRole("heading", { name: "No checks yet" })).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByRole("region", { name: "Components" }).getByText("Checkout API")).toHaveCount(0);
  } finally {
    await target.close();
  }
});

test("bad input gets a message beside the field and creates nothing", async ({ page }) => {
  await signUp(page);
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill("Broken");
  await page.getByLabel("URL").fill("not a url");
  await page.getByLabel("Interval (seconds)").fill("3");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByText("Enter a full URL, like https://example.com/health")).toBeVisible();
  await expect(page.getByText("The interval must be at least 10 seconds")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Broken");

  await page.goto("/checks");
  await expect(page.getByRole("heading", { name: "No checks yet" })).toBeVisible();
});

test("an unknown status page says so", async ({ page }) => {
  const response = await page.goto(`/s/no-such-page-${randomUUID().slice(0, 8)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Status page not found" })).toBeVisible();
});

test("the dashboard needs a session", async ({ page }) => {
  await page.goto("/checks");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fchecks/);
  await expect(page.getByRole("heading", { name: "Sign in to Pingpage" })).toBeVisible();
});
