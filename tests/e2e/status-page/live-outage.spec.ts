import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

// Issue 14, defect 4: during a live outage the public bar said "100% uptime, no days with downtime".
test("a live outage shows in the public uptime bar within seconds, before the rollups catch up", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug } = await createCheckAndPage(page, target.url);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/s/${slug}`);
    await expect(visitor.getByLabel("Overall status")).not.toHaveText("Major outage");

    target.respondWith(500);
    await expect(async () => {
      await visitor.reload();
      await expect(visitor.getByLabel("Overall status")).toHaveText("Major outage", { timeout: 500 });
    }).toPass({ timeout: 45_000, intervals: [1_000] });
    const downAt = Date.now();

    const bar = visitor.getByRole("group", { name: /^Checkout API:/ });
    await expect(async () => {
      await visitor.reload();
      await expect(bar).toHaveAccessibleName(/1 day with downtime/, { timeout: 500 });
      await expect(bar).not.toHaveAccessibleName(/^Checkout API: 100% uptime/, { timeout: 500 });
    }).toPass({ timeout: 20_000, intervals: [1_000] });
    // The rollups are refreshed once a minute; the page must not wait for them.
    expect(Date.now() - downAt).toBeLessThan(20_000);
  } finally {
    await target.close();
  }
});
