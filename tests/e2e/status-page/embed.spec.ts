import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

const customerSite = "https://customer.example/";

test("a customer's site shows the page's state through the widget and the iframe, from the snippets in the dashboard", async ({ page, browser, baseURL }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);
    await expect(async () => {
      const status = await page.request.get(`/s/${slug}/api/v2/status.json`);
      expect((await status.json()).status.indicator).toBe("none");
    }).toPass({ timeout: 60_000, intervals: [2_000] });

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${dashboardUrl}/embed`);
    await expect(page.getByRole("heading", { name: "Status widget" })).toBeVisible();
    const widgetSnippet = `<script src="${baseURL}/s/${slug}/widget.js" async></script>`;
    await expect(page.getByText(widgetSnippet)).toBeVisible();
    await page.getByRole("button", { name: "Copy Status widget" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(widgetSnippet);
    await expect(page.getByRole("img", { name: "Acme Status status badge (preview)" })).toBeVisible();
    await expect(page.frameLocator('iframe[title="Acme Status status (preview)"]').getByRole("link")).toContainText("All systems operational");

    // Another origin entirely, as a customer's site is.
    const customer = await (await browser.newContext()).newPage();
    await customer.route(customerSite, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html><head><style>a { color: red !important; }</style></head><body><p>Our shop</p>${widgetSnippet}<iframe src="${baseURL}/s/${slug}/embed" title="Status" width="320" height="44"></iframe></body></html>`,
      }),
    );
    await customer.goto(customerSite);
    const pill = customer.getByRole("link", { name: "All Systems Operational" });
    await expect(pill).toBeVisible();
    await expect(pill).toHaveAttribute("href", `${baseURL}/s/${slug}/`);
    // The shadow root keeps the site's CSS out.
    expect(await pill.evaluate((a) => getComputedStyle(a).color)).not.toBe("rgb(255, 0, 0)");
    await expect(customer.frameLocator('iframe[title="Status"]').getByRole("link", { name: /Acme Status: All systems operational/ })).toBeVisible();
  } finally {
    await target.close();
  }
});
