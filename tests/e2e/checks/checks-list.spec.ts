import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "../support/accounts";
import { startTargetServer } from "../support/target-server";

async function createHttpCheck(page: Page, name: string, url: string) {
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Check type").selectOption("http");
  await page.getByLabel("URL").fill(url);
  await page.getByLabel("Interval (seconds)").fill("10");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

test("the first visit offers a filled-in example check, then links to a status page and the API docs", async ({ page }) => {
  await signUp(page);
  await page.goto("/checks");
  await expect(page.getByRole("heading", { name: "No checks yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "create a status page" })).toHaveAttribute("href", "/pages/new");
  await expect(page.getByRole("link", { name: "the API docs" })).toBeVisible();
  await page.getByRole("link", { name: "Monitor a website" }).click();
  await expect(page.getByLabel("Name")).toHaveValue("Example website");
  await expect(page.getByLabel("URL")).toHaveValue("https://example.com/");
});

test("on a phone the checks list fits the screen as cards, with nothing cut off", async ({ page }) => {
  await signUp(page);
  const target = await startTargetServer();
  try {
    await createHttpCheck(page, "A storefront with a rather long name to wrap", target.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/checks");
    const card = page.getByRole("listitem").filter({ hasText: "A storefront with a rather long name to wrap" });
    await expect(card).toBeVisible();
    await expect(card.getByText(/Uptime 24 h/)).toBeVisible();
    await expect(page.getByRole("table")).toBeHidden();
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    fs.mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/checks-list-phone.png", fullPage: true });
  } finally {
    await target.close();
  }
});

test("a state change shows in the list without a reload, with its freshness time", async ({ page }) => {
  await signUp(page);
  const target = await startTargetServer();
  try {
    await createHttpCheck(page, "Live API", target.url);
    await page.goto("/checks");
    const row = page.getByRole("row", { name: /Live API/ });
    await expect(row.getByText("Up", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/Updated \d+ s ago/)).toBeVisible();

    // Mark the page so a reload would be noticed: the marker must survive the update.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    target.respondWith(500);
    // Two failing runs at a 10 s interval, then at most one 5 s poll.
    await expect(row.getByText("Down", { exact: true })).toBeVisible({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  } finally {
    await target.close();
  }
});

test("bulk pause: select checks, pause them, and the list says so", async ({ page }) => {
  await signUp(page);
  const target = await startTargetServer();
  try {
    await createHttpCheck(page, "Bulk one", target.url);
    await createHttpCheck(page, "Bulk two", target.url);
    await createHttpCheck(page, "Bulk three", target.url);
    await page.goto("/checks");
    await page.getByRole("checkbox", { name: "Select Bulk one" }).check();
    await page.getByRole("checkbox", { name: "Select Bulk two" }).check();
    await expect(page.getByText("2 selected")).toBeVisible();
    await page.getByLabel("Action for the selected checks").selectOption("pause");
    await page.getByRole("button", { name: "Apply to selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Paused 2 checks." })).toBeVisible();
    for (const name of ["Bulk one", "Bulk two"]) {
      await expect(page.getByRole("row", { name: new RegExp(name) }).getByText("Paused", { exact: true })).toBeVisible();
    }
    await expect(page.getByRole("row", { name: /Bulk three/ }).getByText("Paused", { exact: true })).toBeHidden();

    await page.locator("select[name=state]").selectOption("paused");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page).toHaveURL(/state=paused/);
    await expect(page.getByRole("row", { name: /Bulk three/ })).toHaveCount(0);
    await expect(page.getByText("2 checks · page 1 of 1")).toBeVisible();
  } finally {
    await target.close();
  }
});

test("run now shows the result with its timing phases, and a clone opens as a paused copy", async ({ page }) => {
  await signUp(page);
  const target = await startTargetServer();
  try {
    await createHttpCheck(page, "Manual", target.url);
    await page.getByRole("button", { name: "Run now" }).click();
    const result = page.getByRole("region", { name: "Result of the manual run" });
    await expect(result.getByText(/Passed · HTTP 200/)).toBeVisible();
    await expect(result.getByText("Time to first byte")).toBeVisible();
    await page.getByRole("button", { name: "Run now" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /ran a moment ago/ })).toBeVisible();

    await page.getByRole("button", { name: "Clone" }).click();
    await expect(page.getByRole("heading", { name: "Copy of Manual" })).toBeVisible();
    await expect(page.getByText("Paused", { exact: true })).toBeVisible();
  } finally {
    await target.close();
  }
});
