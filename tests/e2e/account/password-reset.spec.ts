import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { latestMailTo, linkIn } from "../support/mailbox";

test("a user resets a forgotten password from the e-mailed link, which then stops working", async ({ page, browser }) => {
  const { email, password } = await signUp(page, "Forgetful Fred");
  // A second browser signed in before the reset must be signed out by it.
  const other = await (await browser.newContext()).newPage();
  await other.goto("/signin");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/checks$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in page has an Email field too: wait for the reset page before typing.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);

  const mail = await latestMailTo(email, "password_reset");
  expect(mail.subject).toBe("Reset your Pingpage password");
  const resetPath = linkIn(mail.text, "/reset-password/");
  await page.goto(resetPath);
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);
  await expect(page.getByRole("status")).toContainText("every device is signed out");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a brand new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/checks$/);

  await other.goto("/checks");
  await expect(other).toHaveURL(/\/signin/);

  await page.goto(resetPath);
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
});

test("asking for a reset of an unknown address answers exactly as for a known one", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("nobody-at-all@example.test");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses nobody-at-all@example.test");
});
