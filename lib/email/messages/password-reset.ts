import { escapeHtml } from "@/lib/email/send";
import type { OutgoingEmail } from "@/lib/email/enqueue";

export function passwordResetEmail(to: string, link: string): OutgoingEmail {
  const text = [
    "Someone asked to reset the password of your Pingpage account.",
    "",
    `Choose a new password here (the link works once, for one hour): ${link}`,
    "",
    "Resetting signs you out on every device. If you did not ask for this, ignore this e-mail: your password stays as it is.",
  ].join("\n");
  const html = `<p>Someone asked to reset the password of your Pingpage account.</p>
<p><a href="${escapeHtml(link)}">Choose a new password</a> (the link works once, for one hour).</p>
<p>Resetting signs you out on every device. If you did not ask for this, ignore this e-mail: your password stays as it is.</p>`;
  return { to, subject: "Reset your Pingpage password", text, html, kind: "password_reset" };
}
