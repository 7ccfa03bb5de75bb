import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

test("an owner creates a token, sees it once, calls the API with it, then revokes it", async ({ page, request }) => {
  await signUp(page, "Tina Token");
  await page.getByRole("link", { name: "API tokens" }).click();
  await page.getByLabel("Name").fill("CI deploys");
  await page.getByLabel("Access").selectOption("write");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^pp_[A-Za-z0-9_-]{43}$/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).token.scopes).toEqual(["read", "write"]);

  // Shown once: after a reload only its prefix is listed.
  await page.reload();
  const row = page.getByRole("listitem").filter({ hasText: "CI deploys" });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  await row.getByRole("button", { name: "Revoke CI deploys" }).click();
  await expect(row).toContainText("Revoked");
  expect((await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
});

test("the API reference renders from the app itself, with no external resource", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith("http") && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") external.push(req.url());
  });
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "Pingpage API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Checks", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /checks/{checkId}", exact: true })).toBeVisible();
  expect(external).toEqual([]);
});
