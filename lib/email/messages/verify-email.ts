import type { OutgoingEmail } from "@/lib/email/enqueue";
import { escapeHtml } from "@/lib/email/send";

export function verifyEmailEmail({ to, link, validDays }: { to: string; link: string; validDays: number }): OutgoingEmail {
  return {
    to,
    kind: "verify_email",
    subject: "Verify your e-mail address for Pingpage",
    text: `Confirm that this is your address by opening this link within ${validDays} days:\n\n${link}\n\nIf you did not create a Pingpage account, ignore this message.\n`,
    html:
      `<p>Confirm that this is your address:</p><p><a href="${escapeHtml(link)}">Verify my e-mail address</a></p>` +
      `<p>The link works once, within ${validDays} days. If you did not create a Pingpage account, ignore this message.</p>`,
  };
}
