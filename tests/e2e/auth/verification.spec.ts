import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { openVerificationLink, submitSignUp } from "../support/accounts";
import { signInAsInstanceAdmin } from "../support/instance-admin";
import { verificationLinkFor } from "../support/outbox";

// The instance's first user (tests/e2e/instance-admin.setup.ts) is the only one shown a link on screen;
// that rule is covered by tests/integration/first-user.test.ts. Everyone here is a later user.

test("an unverified user is held at 'Verify your e-mail' until the mailed link signs them in", async ({ page }) => {
  const email = `later-${randomUUID()}@example.test`;
  const password = "a password for later";
  await submitSignUp(page, { name: "Lena Later", email, password });
  await expect(page.getByRole("link", { name: "Verify my e-mail address" })).toHaveCount(0);

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Verify your e-mail" })).toBeVisible();
  await page.goto("/checks");
  await expect(page).toHaveURL(/\/verify-email$/);

  // The sign-up link is less than a minute old: another one is refused for now.
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "less than a minute ago" })).toBeVisible();

  const link = await verificationLinkFor(email);
  await openVerificationLink(page, link);
  await expect(page.getByRole("heading", { name: "Checks", exact: true })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Link not valid" })).toBeVisible();
});

test("the instance admin finds a later user's verification link in the dev outbox", async ({ page, browser }) => {
  const email = `outbox-${randomUUID()}@example.test`;
  const newcomer = await (await browser.newContext()).newPage();
  await submitSignUp(newcomer, { name: "Olga Outbox", email, password: "outbox password" });

  await signInAsInstanceAdmin(page);
  await page.goto("/admin/outbox");
  const row = page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Verify your e-mail address" });
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole("link").click();
  const href = await page.getByRole("link", { name: /\/verify-email\// }).first().getAttribute("href");
  expect(href).toMatch(/\/verify-email\/[A-Za-z0-9_-]{43}$/);

  await openVerificationLink(newcomer, new URL(href!).pathname);
  await expect(newcomer.getByRole("heading", { name: "Checks", exact: true })).toBeVisible();
});
