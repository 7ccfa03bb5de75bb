import http from "node:http";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

/** The port playwright.config.ts names as Slack's base URL (ALERT_VENDOR_BASE_URLS). */
const SLACK_PORT = Number(process.env.E2E_VENDOR_PORT ?? 3199);

/** Answers as Slack's incoming webhooks do ("ok") and records what it was sent. */
async function startSlack() {
  const requests: { path: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      requests.push({ path: req.url ?? "", body });
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(SLACK_PORT, "127.0.0.1", resolve));
  return { requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("a Slack channel's Send test arrives as Block Kit and shows as sent in the history", async ({ page }) => {
  const slack = await startSlack();
  const hook = `/services/T0E2E/B0E2E/${Date.now()}`;
  try {
    await signUp(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }).click();
    await page.getByRole("link", { name: "New channel" }).click();
    await page.getByRole("navigation", { name: "Channel types" }).getByRole("link", { name: "Slack" }).click();
    await page.getByLabel("Name").fill("Ops Slack");
    await page.getByLabel("Webhook URL").fill(`https://hooks.slack.com${hook}`);
    await page.getByLabel("Mention").selectOption("here");
    await page.getByRole("button", { name: "Create channel" }).click();

    await expect(page.getByRole("heading", { name: "Ops Slack" })).toBeVisible();
    // The webhook URL is a secret: the page says it is set and never shows it.
    await expect(page.getByText("••• set")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("hooks.slack.com");

    await page.getByRole("button", { name: "Send test" }).click();
    await expect.poll(() => slack.requests.filter((r) => r.path === hook).length, { timeout: 30_000 }).toBe(1);
    const body = JSON.parse(slack.requests.find((r) => r.path === hook)!.body);
    expect(body.blocks[0]).toMatchObject({ type: "header", text: { text: expect.stringContaining("Test alert from Pingpage") } });

    await page.goto("/notifications/history");
    const row = page.getByRole("row").filter({ hasText: "Ops Slack" });
    await expect(async () => {
      await page.reload();
      await expect(row.getByText("Sent")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
  } finally {
    await slack.close();
  }
});
