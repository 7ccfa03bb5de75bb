import { expect, test, type Page } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

/** Every CSP violation the browser reports on a page: there should be none on our own pages. */
function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("the dashboard hydrates under its nonce CSP; status pages, badges and the JSON API get their own policies", async ({ page, browser }) => {
  const violations = collectViolations(page);
  const target = await startTargetServer();
  try {
    // Sign-up finishes with a client-side sign-in: reaching /checks proves the scripts ran.
    await signUp(page);
    const dashboard = await page.goto("/checks");
    const dashboardCsp = dashboard?.headers()["content-security-policy"] ?? "";
    expect(dashboardCsp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(dashboardCsp).toContain("frame-ancestors 'none'");
    expect(dashboard?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(dashboard?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Served over plain HTTP here: no HSTS.
    expect(dashboard?.headers()["strict-transport-security"]).toBeUndefined();

    // A client-side control works: the create form's check type switch re-renders its fields.
    const { slug } = await createCheckAndPage(page, target.url);
    await page.goto("/checks/new");
    await page.getByLabel("Check type").selectOption("tcp");
    await expect(page.getByLabel("Port")).toBeVisible();
    expect(violations).toEqual([]);

    const visitor = await (await browser.newContext()).newPage();
    const visitorViolations = collectViolations(visitor);
    const statusPage = await visitor.goto(`/s/${slug}`);
    const publicCsp = statusPage?.headers()["content-security-policy"] ?? "";
    expect(publicCsp).toContain("frame-ancestors 'none'");
    expect(publicCsp).not.toContain("nonce-");
    // Its inline theme script and React still run: the theme switch works.
    const root = visitor.locator(".status-page");
    const before = await root.getAttribute("data-theme");
    await visitor.getByRole("button", { name: /theme/i }).click();
    await expect(root).not.toHaveAttribute("data-theme", before ?? "");
    expect(visitorViolations).toEqual([]);

    for (const path of [`/s/${slug}/badge.svg`, `/s/${slug}/api/v2/summary.json`]) {
      const embed = await visitor.request.get(path);
      expect(embed.headers()["content-security-policy"] ?? "").not.toContain("frame-ancestors");
      expect(embed.headers()["x-frame-options"]).toBeUndefined();
      expect(embed.headers()["x-content-type-options"]).toBe("nosniff");
    }
  } finally {
    await target.close();
  }
});
