import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

const TOKEN = "e2e-bearer-0f3a9c";

/** A service that answers 200 only to the right bearer token, 401 otherwise. */
async function startGuardedServer() {
  const server = http.createServer((req, res) => {
    const ok = req.headers.authorization === `Bearer ${TOKEN}`;
    res.writeHead(ok ? 200 : 401, { "content-type": "text/plain" });
    res.end(ok ? "ok" : "unauthorized");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/private`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("a saved token is write-only: the edit form shows it as set, keeps it on save, and replaces it on request", async ({ page }) => {
  const server = await startGuardedServer();
  try {
    await signUp(page);
    await page.goto("/checks/new");
    await page.getByLabel("Name").fill("Private API");
    await page.getByLabel("Check type").selectOption("http");
    await page.getByLabel("URL").fill(server.url);
    await page.getByLabel("Authentication").selectOption("bearer");
    await page.getByLabel("Token").fill(TOKEN);
    await page.getByLabel("Interval (seconds)").fill("10");
    await page.getByRole("button", { name: "Create check" }).click();
    await expect(page.getByRole("heading", { name: "Private API" })).toBeVisible();
    await expect(page.getByText("Up", { exact: true })).toBeVisible({ timeout: 30_000 });

    const okCells = page.getByRole("cell", { name: "200", exact: true });
    await expect(okCells.first()).toBeVisible();
    const okBefore = await okCells.count();

    // The form never receives the token: not in the field, not anywhere in the page.
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByLabel("Token")).toHaveValue("••• set");
    expect(await page.content()).not.toContain(TOKEN);

    // Saving without replacing keeps the stored token: runs after the save still get a 200.
    await page.getByLabel("Name").fill("Private API v2");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Private API v2" })).toBeVisible();
    await expect(async () => {
      await page.reload();
      expect(await okCells.count()).toBeGreaterThan(okBefore);
    }).toPass({ timeout: 30_000, intervals: [2_000] });
    await expect(page.getByRole("cell", { name: "401", exact: true })).toHaveCount(0);

    // Replacing it sends the new one: the service now refuses the check.
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Replace token" }).click();
    await page.getByLabel("Token").fill("wrong-token");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Private API v2" })).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("cell", { name: "401", exact: true }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000, intervals: [2_000] });
  } finally {
    await server.close();
  }
});
