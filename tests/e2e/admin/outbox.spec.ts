import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { signInAsInstanceAdmin } from "../support/instance-admin";

test.describe.configure({ mode: "serial" });

test("the instance admin sends a test e-mail and reads it in the dev outbox", async ({ page }) => {
  const { email } = await signInAsInstanceAdmin(page);
  await page.goto("/admin/mail");
  await page.getByLabel("Delivery").selectOption("outbox");
  await page.getByRole("button", { name: "Save mail settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mail settings saved." })).toBeVisible();

  await page.getByRole("button", { name: "Send test e-mail" }).click();
  await expect(page.getByRole("status", { name: "Last test e-mail" })).toContainText("sent to the dev outbox", { timeout: 30_000 });

  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /Outbox \d+ unread/ })).toBeVisible();
  await nav.getByRole("link", { name: /^Outbox/ }).click();
  const row = page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Pingpage test e-mail" }).first();
  await row.getByRole("link", { name: "Pingpage test e-mail" }).click();
  await expect(page.getByRole("heading", { name: "Pingpage test e-mail" })).toBeVisible();
  await expect(page.getByText("If you can read it, mail works.").first()).toBeVisible();
  await expect(page.frameLocator('iframe[title="HTML version of the message"]').getByText("If you can read it, mail works.")).toBeVisible();
});

test("an invitation waits in the outbox with a link that works", async ({ page }) => {
  await signInAsInstanceAdmin(page);
  await page.getByRole("link", { name: "Members" }).click();
  const guestEmail = `guest-${randomUUID()}@example.test`;
  await page.getByLabel("E-mail address").fill(guestEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  await expect(page.getByText(/the message waits in the dev outbox/)).toBeVisible();

  await page.goto("/admin/outbox");
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: guestEmail })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("row").filter({ hasText: guestEmail }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: /^You are invited to / })).toBeVisible();
  await expect(page.getByRole("link", { name: link })).toHaveAttribute("href", link);
});

test("nobody else sees the outbox or the mail settings", async ({ page }) => {
  await signUp(page, "Not The Admin");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(nav.getByRole("link", { name: /^(Outbox|Mail)\b/ })).toHaveCount(0);
  for (const path of ["/admin/outbox", "/admin/mail"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});
