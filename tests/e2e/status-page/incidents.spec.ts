import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

test("an incident posted in the dashboard appears on the public page within 10 seconds", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/s/${slug}`);
    await expect(visitor.getByText("No incidents reported.").first()).toBeVisible();

    await page.goto(`${dashboardUrl}/incidents/new`);
    await page.getByLabel("Title").fill("Payments are failing");
    await page.getByLabel("Impact").selectOption("major");
    await page.getByLabel("Message").fill("We are **investigating** failed payments.\n\n<script>window.pwned = true</script>");
    await page.getByLabel("Checkout API").selectOption("partial_outage");
    await page.getByRole("button", { name: "Create incident" }).click();
    await expect(page.getByRole("heading", { name: "Payments are failing" })).toBeVisible();
    const postedAt = Date.now();

    await expect(async () => {
      await visitor.reload();
      await expect(visitor.getByRole("link", { name: "Payments are failing" }).first()).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000, intervals: [500] });
    expect(Date.now() - postedAt).toBeLessThan(10_000);
    await expect(visitor.getByLabel("Overall status")).toHaveText("Partial outage");
    await expect(visitor.getByText("investigating", { exact: true }).first()).toBeVisible();
    await expect(visitor.getByText("<script>window.pwned = true</script>").first()).toBeVisible();
    expect(await visitor.evaluate(() => "pwned" in window)).toBe(false);

    await page.getByLabel("Status", { exact: true }).selectOption("resolved");
    await page.getByLabel("Message").fill("Payments work again.");
    // Subscribers hear of an update unless the editor says otherwise.
    await expect(page.getByRole("checkbox", { name: "Notify subscribers" })).toBeChecked();
    await page.getByRole("button", { name: "Post update" }).click();
    await expect(async () => {
      await visitor.reload();
      await expect(visitor.getByLabel("Overall status")).not.toHaveText("Partial outage", { timeout: 500 });
    }).toPass({ timeout: 10_000, intervals: [500] });
  } finally {
    await target.close();
  }
});
