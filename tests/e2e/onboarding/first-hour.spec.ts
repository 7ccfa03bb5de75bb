import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { signInAsInstanceAdmin } from "../support/instance-admin";
import { verificationLinkFor } from "../support/outbox";

// Issue 14, "the first hour". Unrun when written: the coordinator runs them after merge.

test("signing up at 127.0.0.1 stays on 127.0.0.1 through verification to the dashboard", async ({ page, baseURL }) => {
  const loopback = new URL(baseURL!);
  loopback.hostname = "127.0.0.1";
  const origin = loopback.origin;
  await page.goto(`${origin}/checks`);
  await expect(page).toHaveURL(`${origin}/signin?callbackUrl=%2Fchecks`);

  const email = `loopback-${randomUUID()}@example.test`;
  await page.goto(`${origin}/signup`);
  await page.getByLabel("Name").fill("Lou Loopback");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a loopback password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Check your inbox at ${email}` })).toBeVisible();

  await page.goto(`${origin}${new URL(await verificationLinkFor(email), origin).pathname}`);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(`${origin}/checks`);
  await expect(page.getByRole("heading", { name: "Checks", exact: true })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(`${origin}/checks`);
});

test("/favicon.ico answers with an icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\//);
});

test("creating and deleting a check says so on the page it lands on", async ({ page }) => {
  await signUp(page, "Flo Flash");
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill("Home page");
  await page.getByLabel("URL").fill("https://example.com/");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check created." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Check created." })).toHaveCount(0);
});

test("a long workspace name shows in full on hover", async ({ page }) => {
  await signUp(page, "Wilhelmina Extraordinarily-Long-Surname-For-A-Workspace");
  await expect(page.getByLabel("Workspace")).toHaveAttribute("title", "Wilhelmina Extraordinarily-Long-Surname-For-A-Workspace's workspace");
});

test("the instance admin finds sign-up, private targets, quotas and the outbox under Instance", async ({ page }) => {
  await signInAsInstanceAdmin(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instance" }).click();
  await expect(page.getByRole("heading", { name: "Instance settings" })).toBeVisible();
  await expect(page.getByLabel("Who can sign up")).toHaveValue("open");
  await expect(page.getByText("ALLOW_PRIVATE_TARGETS=true is set in the environment")).toBeVisible();
  await page.getByLabel("Shortest interval (seconds)").fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Shortest interval: at least 10")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "outbox" })).toHaveAttribute("href", "/admin/outbox");
});

test("an invited newcomer finds their address filled in and lands signed in", async ({ page, browser }) => {
  await signUp(page, "Ivy Inviter");
  await page.getByRole("link", { name: "Members" }).click();
  const guestEmail = `invitee-${randomUUID()}@example.test`;
  await page.getByLabel("E-mail address").fill(guestEmail);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();

  const guest = await (await browser.newContext()).newPage();
  await guest.goto(new URL(link).pathname);
  await guest.getByRole("link", { name: "Create an account" }).click();
  await expect(guest.getByLabel("Email")).toHaveValue(guestEmail);
  await guest.getByLabel("Name").fill("Vic Viewer");
  await guest.getByLabel("Password").fill("viewer password 123");
  await guest.getByRole("button", { name: "Create account" }).click();
  await expect(guest).toHaveURL(/\/checks$/);
  await expect(guest.getByRole("option", { name: "Ivy Inviter's workspace" })).toBeAttached();
});
