import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** Through the dashboard: a check on `url` and a status page showing it. Returns the page's slug and dashboard URL. */
export async function createCheckAndPage(page: Page, url: string, checkName = "Checkout API") {
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill(checkName);
  await page.getByLabel("URL").fill(url);
  await page.getByLabel("Interval (seconds)").fill("10");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name: checkName })).toBeVisible();

  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  await page.goto("/pages/new");
  await page.getByLabel("Name").fill("Acme Status");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel(checkName).check();
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`/s/${slug}`) })).toBeVisible();
  return { slug, dashboardUrl: page.url().replace(/\?.*$/, "") };
}
