import { expect, test } from "@playwright/test";
import { signUp, submitSignUp } from "../support/accounts";
import { mailedKind } from "../support/outbox";

test("a user signs out, is refused a wrong password, and signs back in", async ({ page }) => {
  const { email, password } = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/checks$/);
  await expect(page.getByRole("heading", { name: "Checks", exact: true })).toBeVisible();
});

test("sign-up answers a registered address like a new one, and mails its owner instead", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const other = await (await browser.newContext()).newPage();
  await submitSignUp(other, { name: "Someone else", email, password: "another password" });
  await expect(other.getByText("An account with this email already exists")).toHaveCount(0);
  await expect.poll(() => mailedKind(email, "sign_up_existing")).toBe(true);
});
