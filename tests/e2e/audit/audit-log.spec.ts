import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";

test("an owner sees who changed what, filters the log, and follows a link to the record", async ({ page }) => {
  const { email } = await signUp(page, "Audrey Auditor");
  await createCheckAndPage(page, "https://example.com/health", "Billing API");

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  const checkRow = rows.filter({ hasText: "created check" });
  await expect(checkRow).toContainText(email);
  await expect(checkRow.getByRole("link", { name: "Billing API" })).toBeVisible();
  await expect(rows.filter({ hasText: "created status page" })).toContainText("Acme Status");

  await page.getByLabel("Kind of record").selectOption("page");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=page/);
  await expect(rows.filter({ hasText: "created check" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "created status page" })).toHaveCount(1);

  await page.getByLabel("Target name contains").fill("no such record");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();

  await page.goto("/settings/audit?from=yesterday");
  await expect(page.getByRole("alert").filter({ hasText: "Use a date like 2026-01-31" })).toBeVisible();
  await expect(page.getByLabel("From (UTC)")).toHaveAttribute("aria-invalid", "true");

  await page.goto("/settings/audit?type=check");
  await page.getByRole("link", { name: "Billing API" }).first().click();
  await expect(page.getByRole("heading", { name: "Billing API" })).toBeVisible();
});

test("a viewer gets no audit log link and a clear refusal at its address", async ({ page, browser }) => {
  await signUp(page, "Owen Owner");
  await page.getByRole("link", { name: "Members" }).click();
  const viewerEmail = `viewer-${randomUUID()}@example.test`;
  await page.getByLabel("E-mail address").fill(viewerEmail);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();

  const viewer = await (await browser.newContext()).newPage();
  await viewer.goto(new URL(link).pathname);
  await viewer.getByRole("link", { name: "Create an account" }).click();
  await viewer.getByLabel("Name").fill("Vera Viewer");
  await viewer.getByLabel("Email").fill(viewerEmail);
  await viewer.getByLabel("Password").fill("viewer password 123");
  await viewer.getByRole("button", { name: "Create account" }).click();
  // Signing up from the invitation proves the address, joins the workspace and signs in at once.
  await expect(viewer).toHaveURL(/\/checks$/);
  await expect(viewer.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await viewer.goto("/settings/audit");
  await expect(viewer.getByRole("alert").filter({ hasText: "Only owners and admins" })).toBeVisible();
  await expect(viewer.getByRole("table")).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("row").filter({ hasText: viewerEmail }).filter({ hasText: "joined as" })).toBeVisible();
});
