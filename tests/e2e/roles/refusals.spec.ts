import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp } from "../support/accounts";

/**
 * A refused action answers with its reason on the page, never the error page; a viewer is not
 * offered controls their role cannot use. The member is demoted while their page is open, so the
 * server, not the page, refuses.
 */

async function createCheck(page: Page, name: string) {
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Check type").selectOption("http");
  await page.getByLabel("URL").fill("https://example.com");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return page.url();
}

/** Invites a new member as an editor; they sign up from the link and join. Returns their page. */
async function addEditor(owner: Page, browser: Browser, ownerName: string) {
  await owner.goto("/settings/members");
  const email = `member-${randomUUID()}@example.test`;
  await owner.getByLabel("E-mail address").fill(email);
  await owner.getByLabel("Role").selectOption("editor");
  await owner.getByRole("button", { name: "Send invitation" }).click();
  const link = await owner.getByLabel("Invitation link").inputValue();
  const context = await browser.newContext();
  const member = await context.newPage();
  await member.goto(new URL(link).pathname);
  await member.getByRole("link", { name: "Create an account" }).click();
  await member.getByLabel("Name").fill("Eddie Editor");
  await member.getByLabel("Email").fill(email);
  await member.getByLabel("Password").fill("member password 123");
  await member.getByRole("button", { name: "Create account" }).click();
  // Signing up from the invitation joins the workspace and signs in at once.
  await expect(member).toHaveURL(/\/checks$/);
  await expect(member.getByRole("option", { name: `${ownerName}'s workspace`, selected: true })).toBeAttached();
  return { member, email, context };
}

async function demote(owner: Page, email: string) {
  await owner.goto("/settings/members");
  const row = owner.getByRole("listitem").filter({ hasText: email });
  await row.getByLabel(`Role of ${email}`).selectOption("viewer");
  await row.getByRole("button", { name: "Save" }).click();
  // The select shows "viewer" before the server has saved it: wait until a fresh page says so.
  await expect(async () => {
    await owner.reload();
    await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("viewer", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test("a member demoted to viewer who presses Pause is told why, and then sees no editing controls", async ({ page, browser }) => {
  await signUp(page, "Olga Owner");
  const checkUrl = await createCheck(page, "Storefront");
  const { member, email } = await addEditor(page, browser, "Olga Owner");

  await member.goto(new URL(checkUrl).pathname);
  await expect(member.getByRole("button", { name: "Pause" })).toBeVisible();
  await demote(page, email);

  await member.getByRole("button", { name: "Pause" }).click();
  await expect(member.getByRole("alert").filter({ hasText: "This needs the editor role or higher" })).toBeVisible();
  await expect(member.getByRole("heading", { name: "Storefront" })).toBeVisible();

  await member.reload();
  await expect(member.getByRole("heading", { name: "Storefront" })).toBeVisible();
  for (const name of ["Pause", "Resume", "Delete"]) await expect(member.getByRole("button", { name })).toHaveCount(0);
  await expect(member.getByRole("link", { name: "Edit" })).toHaveCount(0);

  await member.goto(`${new URL(checkUrl).pathname}/edit`);
  await expect(member.getByRole("heading", { name: "Editors only" })).toBeVisible();
  await expect(member.getByText("Changing checks needs the editor role or higher")).toBeVisible();

  // The check was not paused by the refused click.
  await page.goto(checkUrl);
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
});

test("with JavaScript off, a refused Pause and a refused create answer with a page that says why", async ({ page, browser }) => {
  await signUp(page, "Olga Owner");
  const checkUrl = await createCheck(page, "Storefront");
  const { email, context } = await addEditor(page, browser, "Olga Owner");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const detail = await noScript.newPage();
  const create = await noScript.newPage();
  await detail.goto(new URL(checkUrl).pathname);
  await create.goto("/checks/new");
  await create.getByLabel("Name").fill("Sneaky");
  await create.getByLabel("URL").fill("https://example.com");
  await demote(page, email);

  await detail.getByRole("button", { name: "Pause" }).click();
  // The page comes back as the viewer now sees it: no Pause, and a note that says why.
  await expect(detail.getByRole("note").filter({ hasText: "needs the editor role or higher" })).toBeVisible();
  await expect(detail.getByRole("button", { name: "Pause" })).toHaveCount(0);
  await expect(detail.getByRole("heading", { name: "Storefront" })).toBeVisible();

  await create.getByRole("button", { name: "Create check" }).click();
  // The page comes back as a viewer's: no form, and the reason.
  await expect(create.getByRole("heading", { name: "Editors only" })).toBeVisible();
  await expect(create.getByText("Changing checks needs the editor role or higher")).toBeVisible();
  await noScript.close();
});

test("a viewer sees notes, not forms, on a status page's incidents, maintenance and settings", async ({ page, browser }) => {
  await signUp(page, "Olga Owner");
  await page.goto("/pages/new");
  await page.getByLabel("Name").fill("Acme status");
  await page.getByLabel("Slug").fill(`acme-${randomUUID().slice(0, 8)}`);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page).toHaveURL(/\/pages\/[0-9a-f-]{36}\?created=1$/);
  const pagePath = new URL(page.url()).pathname;
  const { member, email } = await addEditor(page, browser, "Olga Owner");
  await demote(page, email);

  await member.goto("/pages");
  await expect(member.getByRole("link", { name: "New status page" })).toHaveCount(0);
  await member.goto(pagePath);
  await expect(member.getByText("Changing this page's settings needs the editor role or higher")).toBeVisible();
  await expect(member.getByRole("button", { name: "Delete page" })).toHaveCount(0);
  await member.goto(`${pagePath}/incidents`);
  await expect(member.getByRole("link", { name: "New incident" })).toHaveCount(0);
  await member.goto(`${pagePath}/maintenance`);
  await expect(member.getByText("Scheduling maintenance needs the editor role or higher")).toBeVisible();
  await member.goto(`${pagePath}/domains`);
  await expect(member.getByText("Adding, checking or removing a domain needs the admin role or higher")).toBeVisible();
});
