import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** Signs up a brand-new user through the form and lands on the dashboard. */
export async function signUp(page: Page, name = "Ada Lovelace") {
  const email = `e2e-${randomUUID()}@example.test`;
  const password = "correct horse battery staple";
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/checks$/);
  return { email, password };
}
