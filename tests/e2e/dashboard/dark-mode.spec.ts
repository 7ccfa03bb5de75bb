import { expect, test, type Page } from "@playwright/test";
import { signUp } from "../support/accounts";

/** Relative luminance of an element's computed colour, read back through a canvas as sRGB. */
async function luminanceOf(page: Page, selector: string, property: "backgroundColor" | "color") {
  return page.locator(selector).first().evaluate((element, prop) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(element)[prop];
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(context.getImageData(0, 0, 1, 1).data).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }, property);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test("the dashboard follows the system's dark setting, with readable text", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signUp(page);
  await page.goto("/pages/new");
  const header = await luminanceOf(page, "header", "backgroundColor");
  expect(header).toBeLessThan(0.05);
  expect(contrast(await luminanceOf(page, "h1, h2", "color"), header)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await luminanceOf(page, "label", "color"), await luminanceOf(page, "body", "backgroundColor"))).toBeGreaterThanOrEqual(4.5);

  await page.emulateMedia({ colorScheme: "light" });
  expect(await luminanceOf(page, "header", "backgroundColor")).toBeGreaterThan(0.9);
});
