import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

/** A local webhook receiver that records the bodies it accepted. */
async function startReceiver() {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      bodies.push(body);
      res.writeHead(204);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/pingpage`, bodies, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("a webhook channel's Send test reaches the receiver and shows as sent in the history", async ({ page }) => {
  const receiver = await startReceiver();
  try {
    await signUp(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }).click();
    await page.getByRole("link", { name: "New channel" }).click();
    await page.getByRole("navigation", { name: "Channel types" }).getByRole("link", { name: "Webhook" }).click();
    await page.getByLabel("Name").fill("Ops receiver");
    await page.getByLabel("URL").fill(receiver.url);
    await page.getByRole("button", { name: "Create channel" }).click();

    await expect(page.getByRole("heading", { name: "Ops receiver" })).toBeVisible();
    await page.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Test queued." })).toBeVisible();
    await expect.poll(() => receiver.bodies.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(JSON.parse(receiver.bodies[0]!)).toMatchObject({ type: "alert.test", data: { kind: "test" } });

    await page.goto("/notifications/history");
    const row = page.getByRole("row").filter({ hasText: "Ops receiver" });
    // The history is server-rendered: reload until the worker has recorded the result.
    await expect(async () => {
      await page.reload();
      await expect(row.getByText("Sent")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(row).toContainText("test");
  } finally {
    await receiver.close();
  }
});
