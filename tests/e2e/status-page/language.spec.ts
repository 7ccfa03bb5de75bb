import { expect, test, type Browser } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

async function visitorIn(browser: Browser, locale: string) {
  return (await browser.newContext({ locale })).newPage();
}

test("a public page speaks each visitor's language, and a fixed language to everyone", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);
    const german = await visitorIn(browser, "de-DE");
    const english = await visitorIn(browser, "en-US");
    await expect(async () => {
      await german.goto(`/s/${slug}`);
      await expect(german.getByLabel("Gesamtstatus")).toHaveText("Alle Systeme betriebsbereit", { timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await expect(german.locator("html")).toHaveAttribute("lang", "de");
    await expect(german.getByRole("heading", { name: "Vergangene Störungen" })).toBeVisible();
    // German dates: "30.11.2026" in the list of past days.
    await expect(german.getByRole("heading", { level: 3, name: /^\d{2}\.\d{2}\.\d{4}$/ }).first()).toBeVisible();

    // The same URL, cached, right after: the English visitor never gets the German copy.
    for (let i = 0; i < 3; i++) {
      await english.goto(`/s/${slug}`);
      await expect(english.getByLabel("Overall status")).toHaveText("All systems operational");
      await expect(english.locator("html")).toHaveAttribute("lang", "en");
      await german.goto(`/s/${slug}`);
      await expect(german.getByLabel("Gesamtstatus")).toBeVisible();
    }

    await page.goto(dashboardUrl);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    for (const visitor of [german, english]) {
      await expect(async () => {
        await visitor.goto(`/s/${slug}`);
        await expect(visitor.getByLabel("État général")).toHaveText("Tous les systèmes sont opérationnels", { timeout: 1_000 });
      }).toPass({ timeout: 30_000, intervals: [1_000] });
      await expect(visitor.locator("html")).toHaveAttribute("lang", "fr");
    }
  } finally {
    await target.close();
  }
});
