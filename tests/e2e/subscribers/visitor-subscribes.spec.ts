import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";
import { latestMailTo, linkIn } from "../support/mailbox";
import { createCheckAndPage } from "../support/status-page";
import { startTargetServer } from "../support/target-server";

test("a visitor subscribes by e-mail, confirms, hears of an incident and unsubscribes", async ({ page, browser }) => {
  const target = await startTargetServer();
  try {
    await signUp(page);
    const { slug, dashboardUrl } = await createCheckAndPage(page, target.url);
    const visitor = await (await browser.newContext()).newPage();
    const email = `subscriber-${randomUUID()}@example.test`;

    await visitor.goto(`/s/${slug}`);
    const control = visitor.getByRole("region", { name: "Get updates" });
    await control.getByLabel("E-mail address").fill(email);
    await control.getByRole("button", { name: "Subscribe" }).click();
    await expect(control.getByRole("status")).toContainText("Check your inbox");

    const confirmation = await latestMailTo(email, "subscription_confirm");
    await visitor.goto(linkIn(confirmation.text, "/subscription/confirm/"));
    await visitor.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(visitor.getByRole("status")).toContainText("You are subscribed");

    await page.goto(`${dashboardUrl}/incidents/new`);
    await page.getByLabel("Title").fill("Checkout is slow");
    await page.getByLabel("Impact").selectOption("minor");
    await page.getByLabel("Message").fill("We are looking into it.");
    await page.getByRole("button", { name: "Create incident" }).click();
    await expect(page.getByRole("heading", { name: "Checkout is slow" })).toBeVisible();

    const notice = await latestMailTo(email, "subscriber_notice");
    expect(notice.subject).toContain("Checkout is slow");
    await visitor.goto(linkIn(notice.text, `/s/${slug}/subscription/`));
    await visitor.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(visitor.getByRole("status")).toContainText("You are unsubscribed");
  } finally {
    await target.close();
  }
});
