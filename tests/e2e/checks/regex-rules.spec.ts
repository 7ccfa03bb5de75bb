import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

test("a regex that needs backtracking gets a message on its field, and a linear-time one saves", async ({ page }) => {
  await signUp(page);
  await page.goto("/checks/new");
  await page.getByLabel("Name").fill("Lookahead");
  await page.getByLabel("Check type").selectOption("http");
  await page.getByLabel("URL").fill("https://example.com/");
  await page.getByRole("button", { name: "Add expectation" }).click();
  await page.getByLabel("Expectation 2", { exact: true }).selectOption("body");
  await page.getByLabel("Body", { exact: true }).selectOption("matches");
  await page.getByLabel("Text or pattern").fill("ok(?=\\s*$)");
  await page.getByRole("button", { name: "Create check" }).click();

  await expect(page.getByText("Lookahead ((?=…) is not supported; Pingpage runs regexes in linear time")).toBeVisible();
  await expect(page.getByLabel("Text or pattern")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Text or pattern")).toHaveValue("ok(?=\\s*$)");

  await page.getByLabel("Text or pattern").fill("ok\\s*$");
  await page.getByRole("button", { name: "Create check" }).click();
  await expect(page.getByRole("heading", { name: "Lookahead" })).toBeVisible();
});
