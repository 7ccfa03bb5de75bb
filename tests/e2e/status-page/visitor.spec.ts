import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

test("a visitor sees the page: banner, components with 90 days of uptime, themes, feeds and API", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug } = await createCheckAndPage(page, target.url);
    const visitor = await (await browser.newContext({ colorScheme: "dark" })).newPage();
    await expect(async () => {
      await visitor.goto(`/s/${slug}`);
      await expect(visitor.getByLabel("Overall status")).toHaveText("All systems operational", { timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });

    await expect(visitor.getByRole("heading", { level: 1, name: "Acme Status" })).toBeVisible();
    const bar = visitor.getByRole("group", { name: /^Checkout API: .* 90 days/ });
    await expect(bar.getByRole("img")).toHaveCount(90);
    const today = bar.getByRole("img").last();
    await expect(today).toHaveAttribute("aria-label", /: (\d+(\.\d+)?% uptime|no data)/);
    await today.focus();
    await visitor.keyboard.press("ArrowLeft");
    await expect(bar.getByRole("img").nth(88)).toBeFocused();

    // The visitor's system prefers dark; the switch turns the light on and remembers it.
    const root = visitor.locator(".status-page");
    await expect(root).toHaveAttribute("data-theme", "dark");
    await visitor.getByRole("button", { name: "Dark theme" }).click();
    await expect(root).toHaveAttribute("data-theme", "light");
    await visitor.reload();
    await expect(root).toHaveAttribute("data-theme", "light");

    const summary = await visitor.request.get(`/s/${slug}/api/v2/summary.json`, { headers: { origin: "https://widget.example" } });
    expect(summary.headers()["access-control-allow-origin"]).toBe("*");
    const body = await summary.json();
    expect(body.status).toEqual({ indicator: "none", description: "All Systems Operational" });
    expect(body.components[0]).toMatchObject({ name: "Checkout API", status: "operational" });
    const rss = await visitor.request.get(`/s/${slug}/history.rss`);
    expect(await rss.text()).toContain("<rss");
    const badge = await visitor.request.get(`/s/${slug}/badge.svg`);
    expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  } finally {
    await target.close();
  }
});
