import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

test("an owner imports subscribers from CSV, finds and removes one, exports the rest, and turns e-mail subscriptions off", async ({ page }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { dashboardUrl } = await createCheckAndPage(page, target.url);
    await page.goto(dashboardUrl);
    await page.getByRole("link", { name: "Subscribers" }).click();
    await expect(page.getByRole("heading", { name: "Subscribers", level: 2 })).toBeVisible();

    const tag = randomUUID().slice(0, 8);
    const [ann, bob] = [`ann-${tag}@example.com`, `bob-${tag}@example.com`];
    const upload = (csv: string) => page.getByLabel("CSV file").setInputFiles({ name: "subscribers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });

    await upload(`email,components\n${ann},\nnot-an-address,\n`);
    await page.getByLabel("These people agreed to receive this page's status updates").check();
    await page.getByRole("button", { name: "Import subscribers" }).click();
    await expect(page.getByText('Line 3: "not-an-address" is not an e-mail address')).toBeVisible();
    await expect(page.getByText("No subscribers yet.")).toBeVisible();

    await upload(`email,components\n${ann},\n${bob},Checkout API\n`);
    await page.getByLabel("These people agreed to receive this page's status updates").check();
    await page.getByRole("button", { name: "Import subscribers" }).click();
    await expect(page.getByText("Imported: 2 added")).toBeVisible();
    await expect(page.getByRole("row", { name: /^E-mail/ }).getByRole("cell").first()).toHaveText("2");

    await page.getByRole("searchbox", { name: "Search by e-mail address" }).fill(`bob-${tag}`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText(bob)).toBeVisible();
    await expect(page.getByText(ann)).toHaveCount(0);
    await page.getByRole("button", { name: `Remove ${bob}` }).click();
    await expect(page.getByText("No subscriber matches.")).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export e-mail subscribers (CSV)" }).click();
    const csv = fs.readFileSync((await (await downloading).path())!, "utf8");
    expect(csv.split("\n")[0]).toBe("email,components,groups,subscribed_at");
    expect(csv).toContain(ann);
    expect(csv).not.toContain(bob);

    await page.getByLabel("E-mail (confirmed by a link)").uncheck();
    await page.getByRole("button", { name: "Save subscription settings" }).click();
    await expect(page.getByText("Subscription settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("E-mail (confirmed by a link)")).not.toBeChecked();
    await expect(page.getByRole("row", { name: /^E-mail/ })).toContainText("(off)");
  } finally {
    await target.close();
  }
});
