import type { OutgoingEmail } from "@/lib/email/enqueue";
import { escapeHtml } from "@/lib/email/send";

/** Sent instead of a verification link when the address already has an account: sign-up reveals nothing. */
export function signUpExistingEmail({ to, signInUrl }: { to: string; signInUrl: string }): OutgoingEmail {
  return {
    to,
    kind: "sign_up_existing",
    subject: "Someone tried to sign up to Pingpage with your address",
    text: `Someone (perhaps you) tried to create a Pingpage account with ${to}, which already has one.\n\nSign in at ${signInUrl}, or reset your password from there if you forgot it.\nIf it was not you, you can ignore this message.\n`,
    html:
      `<p>Someone (perhaps you) tried to create a Pingpage account with ${escapeHtml(to)}, which already has one.</p>` +
      `<p><a href="${escapeHtml(signInUrl)}">Sign in</a>, or reset your password from there if you forgot it. If it was not you, you can ignore this message.</p>`,
  };
}
