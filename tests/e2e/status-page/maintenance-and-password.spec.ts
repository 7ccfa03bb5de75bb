import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

/** A wall-clock time in UTC (the page's zone) as a datetime-local field takes it. */
const utc = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * 60_000).toISOString().slice(0, 16);

test("scheduled maintenance shows up, and in progress puts its components under maintenance", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);

    await page.goto(`${dashboardUrl}/maintenance`);
    await page.getByLabel("Title").fill("Network upgrade");
    await page.getByLabel("Starts (UTC)").fill(utc(60 * 24));
    await page.getByLabel("Ends (UTC)").fill(utc(60 * 25));
    await page.getByRole("button", { name: "Schedule maintenance" }).click();
    await expect(page.getByRole("heading", { name: "Network upgrade" })).toBeVisible();

    await page.goto(`${dashboardUrl}/maintenance`);
    await page.getByLabel("Title").fill("Database failover");
    await page.getByLabel("Starts (UTC)").fill(utc(-2));
    await page.getByLabel("Ends (UTC)").fill(utc(60));
    await page.getByLabel("Checkout API").check();
    await page.getByRole("button", { name: "Schedule maintenance" }).click();
    await expect(page.getByText(/^in progress · /)).toBeVisible();

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/s/${slug}`);
    const upcoming = visitor.getByRole("region", { name: "Scheduled maintenance" });
    await expect(upcoming.getByRole("heading", { name: "Network upgrade" })).toBeVisible();
    const now = visitor.getByRole("region", { name: "Maintenance in progress" });
    await expect(now.getByRole("heading", { name: "Database failover" })).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Components" }).getByRole("listitem").filter({ hasText: "Checkout API" })).toContainText("Under maintenance");
  } finally {
    await target.close();
  }
});

test("a password-protected page asks for its password and remembers it", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);
    await page.goto(dashboardUrl);
    await page.getByLabel("Password", { exact: true }).fill("open sesame 42");
    await page.getByRole("button", { name: "Save visibility" }).click();
    await expect(page.getByText("This page is password protected")).toBeVisible();

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/s/${slug}`);
    await expect(visitor.getByRole("heading", { name: "This status page is protected" })).toBeVisible();
    await expect(visitor.getByText("Checkout API")).toHaveCount(0);
    expect((await visitor.request.get(`/s/${slug}/api/v2/status.json`)).status()).toBe(401);

    await visitor.getByLabel("Password").fill("wrong password");
    await visitor.getByRole("button", { name: "View status" }).click();
    await expect(visitor.getByRole("alert").filter({ hasText: "not correct" })).toHaveText("That password is not correct. Check it and try again.");

    await visitor.getByLabel("Password").fill("open sesame 42");
    await visitor.getByRole("button", { name: "View status" }).click();
    await expect(visitor.getByRole("heading", { name: "Components" })).toBeVisible();
    await expect(visitor.getByText("Checkout API").first()).toBeVisible();
    const cookies = await visitor.context().cookies();
    expect(cookies.find((c) => c.name === `pp_unlock_${slug}`)).toMatchObject({ httpOnly: true });

    await visitor.goto(`/s/${slug}/history`);
    await expect(visitor.getByRole("heading", { name: /Incident history/ })).toBeVisible();
    expect((await visitor.request.get(`/s/${slug}/api/v2/status.json`)).status()).toBe(200);
  } finally {
    await target.close();
  }
});
