import { expect, test } from "@playwright/test";

test("the health endpoint reports a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("the home page loads with the product's name", async ({ page }) => {
  const response = await page.goto("/");

  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Pingpage/);
});
