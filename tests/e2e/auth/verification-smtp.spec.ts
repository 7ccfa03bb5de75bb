import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { startSmtpSink } from "../../support/smtp-sink";
import { openVerificationLink, submitSignUp } from "../support/accounts";
import { signInAsInstanceAdmin } from "../support/instance-admin";

test.describe.configure({ mode: "serial" });

async function setDelivery(page: Page, delivery: "outbox" | "smtp", smtpUrl = "") {
  await page.goto("/admin/mail");
  await page.getByLabel("Delivery").selectOption(delivery);
  if (delivery === "smtp") {
    await page.getByLabel("SMTP URL").fill(smtpUrl);
    await page.getByLabel("From address").fill("Pingpage <status@example.test>");
  }
  await page.getByRole("button", { name: "Save mail settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mail settings saved." })).toBeVisible();
}

/** The verification path in a received message, with quoted-printable soft breaks undone. */
function verificationPath(raw: string): string | null {
  const decoded = raw.replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
  return decoded.match(/\/verify-email\/[A-Za-z0-9_-]{20,}/)?.[0] ?? null;
}

test("a new user verifies the address from a message delivered by a real SMTP server", async ({ page, browser }) => {
  const smtp = await startSmtpSink();
  await signInAsInstanceAdmin(page);
  try {
    await setDelivery(page, "smtp", `smtp://127.0.0.1:${smtp.port}`);

    const email = `smtp-${randomUUID()}@example.test`;
    const visitor = await (await browser.newContext()).newPage();
    await submitSignUp(visitor, { name: "Sam Smtp", email, password: "smtp password 123" });
    // Real mail goes out: the link is not shown on screen or kept in the outbox.
    await expect(visitor.getByRole("button", { name: "Verify my e-mail address" })).toHaveCount(0);

    await expect.poll(() => smtp.received.find((mail) => mail.envelopeTo.includes(email)) ?? null, { timeout: 30_000 }).not.toBeNull();
    const mail = smtp.received.find((m) => m.envelopeTo.includes(email))!;
    expect(smtp.header(mail, "From")).toContain("status@example.test");
    const path = verificationPath(mail.raw);
    expect(path).not.toBeNull();
    await openVerificationLink(visitor, path!);
  } finally {
    await setDelivery(page, "outbox");
    await smtp.close();
  }
});
