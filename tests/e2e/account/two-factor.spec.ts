import { expect, test, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { signUp } from "../support/accounts";

/** The code an authenticator app would show now, `stepsAhead` periods from now. */
function codeFor(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a user turns on two-factor, then signs in with a code and with a recovery code", async ({ page }) => {
  const { email, password } = await signUp(page, "Careful Carla");
  await page.getByRole("link", { name: "Account", exact: true }).click();
  await page.getByRole("link", { name: "Set up two-factor authentication" }).click();
  await page.getByRole("button", { name: "Start setup" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByLabel("Setup key").textContent())!.trim();

  await page.getByLabel("Code from your app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the time on your phone" })).toBeVisible();
  await page.getByLabel("Code from your app").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent())!.trim();
  await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
  await expect(page.getByText("10 of 10 recovery codes left")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signInWithPassword(page, email, password);
  await expect(page).toHaveURL(/\/signin\/two-factor/);
  // Not past the second step: the dashboard sends the browser back to it.
  await page.goto("/checks");
  await expect(page).toHaveURL(/\/signin\/two-factor/);
  // The code used to enrol was spent; the next period's code is within the accepted drift.
  await page.getByLabel("Authentication code").fill(codeFor(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/checks$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signInWithPassword(page, email, password);
  await page.getByLabel("Authentication code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/checks$/);
  await page.goto("/account");
  await expect(page.getByText("9 of 10 recovery codes left")).toBeVisible();
});
