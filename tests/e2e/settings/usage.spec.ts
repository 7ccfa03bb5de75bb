import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

test("a new workspace shows its usage of each limit", async ({ page }) => {
  await signUp(page, "Uma Usage");
  await page.getByRole("link", { name: "Usage" }).click();
  await expect(page.getByRole("heading", { name: "Usage of Uma Usage's workspace" })).toBeVisible();
  const row = (name: string) => page.getByRole("group", { name, exact: true }).getByRole("definition");
  await expect(row("Checks")).toHaveText(/^0 \/ \d+$/);
  await expect(row("Status pages")).toHaveText(/^0 \/ \d+$/);
  await expect(row("Members and pending invitations")).toHaveText(/^1 \/ \d+$/);
});
