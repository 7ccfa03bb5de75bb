import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { verificationLinkFor } from "./outbox";

/** Fills and sends the sign-up form; every valid sign-up ends on "Check your inbox". */
export async function submitSignUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Check your inbox at ${email}` })).toBeVisible();
}

/** Opens a verification link and confirms it, which signs its owner in on the dashboard. */
export async function openVerificationLink(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/checks$/);
}

/** Signs up a brand-new user, verifies the address through the mailed link, and lands on the dashboard. */
export async function signUp(page: Page, name = "Ada Lovelace") {
  const email = `e2e-${randomUUID()}@example.test`;
  const password = "correct horse battery staple";
  await submitSignUp(page, { name, email, password });
  await openVerificationLink(page, await verificationLinkFor(email));
  return { email, password };
}
