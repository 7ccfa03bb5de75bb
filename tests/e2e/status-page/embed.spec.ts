import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

/**
 * A customer's site on another origin. It is on loopback too: Chromium's Private Network Access
 * refuses a public origin's requests to a loopback server, which is where the app runs in tests.
 */
async function startCustomerSite(html: string) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("a customer's site shows the page's state through the widget and the iframe, from the snippets in the dashboard", async ({ page, browser, baseURL }) => {
  const target = await startTargetServer();
  const closers: (() => Promise<void>)[] = [];
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
    const site = await startCustomerSite(
      `<!doctype html><html><head><style>a { color: red !important; }</style></head><body><p>Our shop</p>${widgetSnippet}<iframe src="${baseURL}/s/${slug}/embed" title="Status" width="320" height="44"></iframe></body></html>`,
    );
    closers.push(site.close);
    await customer.goto(site.url);
    const pill = customer.getByRole("link", { name: "All Systems Operational" });
    await expect(pill).toBeVisible();
    await expect(pill).toHaveAttribute("href", `${baseURL}/s/${slug}/`);
    // The shadow root keeps the site's CSS out.
    expect(await pill.evaluate((a) => getComputedStyle(a).color)).not.toBe("rgb(255, 0, 0)");
    await expect(customer.frameLocator('iframe[title="Status"]').getByRole("link", { name: /Acme Status: All systems operational/ })).toBeVisible();
  } finally {
    for (const close of closers) await close();
    await target.close();
  }
});
