import { expect, test, type APIRequestContext } from "@playwright/test";
import { signUp } from "../support/accounts";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

/** Visits until the web process answers from its copy of Next's cached page (refilled in the background). */
async function untilServedFromCopy(request: APIRequestContext, path: string) {
  await expect.poll(async () => (await request.get(path)).headers()["x-pingpage-cache"], { timeout: 10_000 }).toBe("hit");
}

test("a page served from the web process's HTML cache: Next's page, gone as soon as the owner protects it, never to an unlocked visitor", async ({ page, browser, playwright, baseURL }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);
    const visitor = await (await browser.newContext()).newPage();
    await untilServedFromCopy(visitor.request, `/s/${slug}`);

    const plain = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "accept-encoding": "identity" } });
    const identity = await plain.get(`/s/${slug}`);
    expect(identity.headers()).toMatchObject({ "x-pingpage-cache": "hit", "content-type": "text/html; charset=utf-8" });
    expect(identity.headers()["content-encoding"]).toBeUndefined();
    const head = await plain.head(`/s/${slug}`);
    expect(head.headers()["content-length"]).toBe(identity.headers()["content-length"]);
    const gzipped = await visitor.request.get(`/s/${slug}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers()["content-encoding"]).toBe("gzip");
    expect(await gzipped.text()).toBe(await identity.text());
    await plain.dispose();

    await visitor.goto(`/s/${slug}`);
    await expect(visitor.getByText("Checkout API").first()).toBeVisible();

    await page.goto(dashboardUrl);
    await page.getByLabel("Password", { exact: true }).fill("open sesame 42");
    await page.getByRole("button", { name: "Save visibility" }).click();
    await expect(page.getByText("This page is password protected")).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByRole("heading", { name: "This status page is protected" })).toBeVisible();
    await expect(visitor.getByText("Checkout API")).toHaveCount(0);

    await untilServedFromCopy(visitor.request, `/s/${slug}`);
    await visitor.getByLabel("Password").fill("open sesame 42");
    await visitor.getByRole("button", { name: "View status" }).click();
    await expect(visitor.getByRole("heading", { name: "Components" })).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByText("Checkout API").first()).toBeVisible();
  } finally {
    await target.close();
  }
});
