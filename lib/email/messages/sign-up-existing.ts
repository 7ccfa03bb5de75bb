import type { OutgoingEmail } from "@/lib/email/enqueue";
import { escapeHtml } from "@/lib/email/send";

/** Sent instead of a verification link when the address already has an account: sign-up reveals nothing. */
export function signUpExistingEmail({ to, baseUrl }: { to: string; baseUrl: string }): OutgoingEmail {
  const signInUrl = `${baseUrl}/signin`;
  const resetUrl = `${baseUrl}/forgot-password`;
  return {
    to,
    kind: "sign_up_existing",
    subject: "Someone tried to sign up to Pingpage with your address",
    text: `Someone (perhaps you) tried to create a Pingpage account with ${to}, which already has one.\n\nSign in at ${signInUrl}\nForgot your password? Reset it at ${resetUrl}\nIf it was not you, you can ignore this message.\n`,
    html:
      `<p>Someone (perhaps you) tried to create a Pingpage account with ${escapeHtml(to)}, which already has one.</p>` +
      `<p><a href="${escapeHtml(signInUrl)}">Sign in</a> or, if you forgot your password, <a href="${escapeHtml(resetUrl)}">reset it</a>. If it was not you, you can ignore this message.</p>`,
  };
}
