import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

test("signing out everywhere else ends the other browser's session at its next request", async ({ page, browser }) => {
  const { email, password } = await signUp(page, "Traveller Tess");
  const laptop = await (await browser.newContext()).newPage();
  await laptop.goto("/signin");
  await laptop.getByLabel("Email").fill(email);
  await laptop.getByLabel("Password").fill(password);
  await laptop.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop).toHaveURL(/\/checks$/);

  await page.goto("/account");
  const sessions = page.getByRole("region", { name: "Sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByText("You are signed in on this device only.")).toBeVisible();

  await laptop.goto("/checks");
  await expect(laptop).toHaveURL(/\/signin/);
  await page.goto("/checks");
  await expect(page).toHaveURL(/\/checks$/);
});

test("changing the password signs out the other browser and keeps this one", async ({ page, browser }) => {
  const { email, password } = await signUp(page, "Careful Cecil");
  const phone = await (await browser.newContext()).newPage();
  await phone.goto("/signin");
  await phone.getByLabel("Email").fill(email);
  await phone.getByLabel("Password").fill(password);
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone).toHaveURL(/\/checks$/);

  await page.goto("/account");
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill("another strong password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toContainText("Signed out 1 other session.");

  await phone.goto("/checks");
  await expect(phone).toHaveURL(/\/signin/);
  await page.goto("/checks");
  await expect(page).toHaveURL(/\/checks$/);
});
