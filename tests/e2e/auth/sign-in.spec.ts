import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

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

test("an email already registered is refused at sign-up", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const other = await (await browser.newContext()).newPage();
  await other.goto("/signup");
  await other.getByLabel("Name").fill("Someone else");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("another password");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
});
