import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

type Published = { path: string; headers: http.IncomingHttpHeaders; body: string };

/** A local ntfy server: records each publish and answers as ntfy does. */
async function startNtfy() {
  const published: Published[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      published.push({ path: req.url ?? "", headers: req.headers, body });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "e2e", event: "message" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, published, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("an ntfy channel on a self-hosted server: the token is kept write-only and Send test arrives", async ({ page }) => {
  const ntfy = await startNtfy();
  try {
    await signUp(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }).click();
    await page.getByRole("link", { name: "New channel" }).click();
    await page.getByRole("navigation", { name: "Channel types" }).getByRole("link", { name: "ntfy" }).click();
    await page.getByLabel("Name").fill("Phones");
    await page.getByLabel("Server URL").fill(ntfy.url);
    await page.getByLabel("Topic").fill("has spaces");
    await page.getByLabel("Access token (optional)").fill("tk_e2e_token");
    await page.getByRole("button", { name: "Create channel" }).click();
    await expect(page.getByText("Topics are 1 to 64 letters, digits, - or _")).toBeVisible();

    await page.getByLabel("Name").fill("Phones");
    await page.getByLabel("Server URL").fill(ntfy.url);
    await page.getByLabel("Topic").fill("acme-alerts");
    await page.getByLabel("Access token (optional)").fill("tk_e2e_token");
    await page.getByRole("button", { name: "Create channel" }).click();
    await expect(page.getByRole("heading", { name: "Phones" })).toBeVisible();
    // The token is never sent back: the box is empty and says a value is saved.
    await expect(page.getByLabel("Access token (optional)")).toHaveValue("");
    await expect(page.getByText("Saved. Leave blank to keep it, or type a new one to replace it.")).toBeVisible();
    expect(await page.content()).not.toContain("tk_e2e_token");

    await page.getByRole("button", { name: "Send test" }).click();
    await expect.poll(() => ntfy.published.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const [publish] = ntfy.published;
    expect(publish?.path).toBe("/acme-alerts");
    expect(publish?.headers).toMatchObject({ title: "Test alert from Pingpage", authorization: "Bearer tk_e2e_token", priority: "3" });
  } finally {
    await ntfy.close();
  }
});
