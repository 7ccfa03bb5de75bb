import net from "node:net";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "../support/accounts";
import { startTargetServer } from "../support/target-server";

/** A TCP service that greets every connection, for the TCP check to find. */
async function startGreeter() {
  const server = net.createServer((socket) => {
    socket.on("error", () => undefined);
    socket.end("+OK ready\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function newCheck(page: Page, name: string, type: string) {
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Check type").selectOption(type);
}

test("a TCP check and an HTTP check with assertions, created through the form, come up", async ({ page }) => {
  const target = await startTargetServer();
  const greeter = await startGreeter();
  try {
    await signUp(page);

    await newCheck(page, "Mail relay", "tcp");
    await page.getByLabel("Host").fill("127.0.0.1");
    await page.getByLabel("Port").fill(String(greeter.port));
    await page.getByLabel("Expect in reply").fill("+OK");
    await page.getByLabel("Interval (seconds)").fill("10");
    await page.getByRole("button", { name: "Create check" }).click();
    await expect(page.getByRole("heading", { name: "Mail relay" })).toBeVisible();
    await expect(page.getByText(`TCP 127.0.0.1:${greeter.port}`)).toBeVisible();

    await newCheck(page, "Storefront", "http");
    await page.getByLabel("URL").fill(target.url);
    await page.getByRole("button", { name: "Add header" }).click();
    await page.getByLabel("Header 1 name").fill("Accept");
    await page.getByLabel("Header 1 value").fill("text/plain");
    await page.getByRole("button", { name: "Add expectation" }).click();
    await page.getByLabel("Expectation 2", { exact: true }).selectOption("body");
    await page.getByLabel("Text or pattern").fill("ok");
    await page.getByRole("button", { name: "Add expectation" }).click();
    await page.getByLabel("Expectation 3", { exact: true }).selectOption("header");
    await page.getByLabel("Header name").fill("content-type");
    await page.getByLabel("Header value").fill("text/plain");
    await page.getByRole("button", { name: "Add expectation" }).click();
    await page.getByLabel("Expectation 4", { exact: true }).selectOption("responseTime");
    await page.getByLabel("Responds within (ms)").fill("5000");
    await page.getByLabel("Interval (seconds)").fill("10");
    await page.getByRole("button", { name: "Create check" }).click();
    await expect(page.getByRole("heading", { name: "Storefront" })).toBeVisible();

    // Both are probed by the worker within seconds of being saved.
    await page.goto("/checks");
    for (const name of ["Mail relay", "Storefront"]) {
      await expect(page.getByRole("row", { name: new RegExp(name) }).getByText("Up", { exact: true })).toBeVisible({ timeout: 30_000 });
    }

    // The edit form shows what was saved; header values are write-only, shown only as set.
    await page.getByRole("link", { name: "Storefront" }).click();
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByLabel("Header 1 name")).toHaveValue("Accept");
    await expect(page.getByLabel("Header 1 value")).toHaveValue("••• set");
    await expect(page.getByLabel("Text or pattern")).toHaveValue("ok");
    await expect(page.getByLabel("Responds within (ms)")).toHaveValue("5000");
    await page.getByLabel("Text or pattern").fill("teapot");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Storefront" })).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("cell", { name: /body does not contain/ }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000, intervals: [2_000] });
  } finally {
    await target.close();
    await greeter.close();
  }
});

test("bad input is named beside each field and nothing is created", async ({ page }) => {
  await signUp(page);

  await newCheck(page, "Broken port", "tcp");
  await page.getByLabel("Host").fill("http://db.internal");
  await page.getByLabel("Port").fill("70000");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByText("Enter a host name like example.com or an IP address, without http:// or a port")).toBeVisible();
  await expect(page.getByText("Ports run from 1 to 65535")).toBeVisible();
  await expect(page.getByLabel("Port")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Host")).toHaveValue("http://db.internal");

  await newCheck(page, "Broken HTTP", "http");
  await page.getByLabel("URL").fill("example.com");
  await page.getByRole("button", { name: "Add expectation" }).click();
  await page.getByLabel("Expectation 2", { exact: true }).selectOption("body");
  await page.getByLabel("Body", { exact: true }).selectOption("matches");
  await page.getByLabel("Text or pattern").fill("([unclosed");
  await page.getByLabel("Status codes").fill("700");
  await page.getByLabel("Interval (seconds)").fill("5");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByText("Enter a full URL, like https://example.com/health")).toBeVisible();
  await expect(page.getByText("This is not a valid regular expression")).toBeVisible();
  await expect(page.getByText("Use codes, ranges or classes, like 200-299, 200,204 or 2xx")).toBeVisible();
  await expect(page.getByText("The interval must be at least 10 seconds")).toBeVisible();

  await newCheck(page, "Empty composite", "composite");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByText("Pick at least one check")).toBeVisible();

  await page.goto("/checks");
  await expect(page.getByRole("heading", { name: "No checks yet" })).toBeVisible();
});

test("a heartbeat check shows its URL, comes up when called, and deleting it asks first", async ({ page, request }) => {
  await signUp(page);
  await newCheck(page, "Nightly backup", "heartbeat");
  await page.getByLabel("Expected every (seconds)").fill("3600");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name: "Nightly backup" })).toBeVisible();

  const url = (await page.getByText(/\/api\/heartbeat\/[A-Za-z0-9_-]{32}$/).textContent()) ?? "";
  expect((await request.post(url)).status()).toBe(200);
  expect((await request.get(url.replace(/.{4}$/, "AAAA"))).status()).toBe(404);
  await page.reload();
  await expect(page.getByText("Up", { exact: true })).toBeVisible();
  await expect(page.getByText(/Last call: \d+ s ago/)).toBeVisible();

  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete “Nightly backup”?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete check" }).click();
  await expect(page).toHaveURL(/\/checks$/);
  await expect(page.getByRole("heading", { name: "No checks yet" })).toBeVisible();
});
