import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

test("an owner invites a collaborator who signs up from the link and joins the workspace", async ({ page, browser }) => {
  await signUp(page, "Olivia Owner");
  await page.getByRole("link", { name: "Members" }).click();
  const guestEmail = `guest-${randomUUID()}@example.test`;
  await page.getByLabel("E-mail address").fill(guestEmail);
  await page.getByLabel("Role").selectOption("editor");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("listitem").filter({ hasText: guestEmail })).toContainText(/editor/i);

  const guest = await (await browser.newContext()).newPage();
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByRole("heading", { name: "Join Olivia Owner's workspace" })).toBeVisible();
  await guest.getByRole("link", { name: "Create an account" }).click();
  // The invited address is filled in (issue 14, defect 8).
  await expect(guest.getByLabel("Email")).toHaveValue(guestEmail);
  await guest.getByLabel("Name").fill("Gus Guest");
  await guest.getByLabel("Password").fill("guest password 123");
  await guest.getByRole("button", { name: "Create account" }).click();
  // No verification mail and no second sign-in: the invitation reached that mailbox, which proves the address.
  await expect(guest).toHaveURL(/\/checks$/);
  await expect(guest.getByLabel("Workspace")).toHaveValue(/.+/);
  await expect(guest.getByRole("option", { name: "Olivia Owner's workspace", selected: true })).toBeAttached();

  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: guestEmail })).toContainText("Gus Guest");
});
