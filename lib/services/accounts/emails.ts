import { escapeHtml } from "@/lib/email/send";
import type { OutgoingEmail } from "@/lib/email/enqueue";

export const VERIFICATION_VALID_DAYS = 7;

export function verificationEmail(to: string, link: string): OutgoingEmail {
  return {
    to,
    kind: "verify_email",
    subject: "Verify your e-mail address for Pingpage",
    text: `Confirm that this is your address by opening this link within ${VERIFICATION_VALID_DAYS} days:\n\n${link}\n\nIf you did not create a Pingpage account, ignore this message.\n`,
    html: `<p>Confirm that this is your address:</p><p><a href="${escapeHtml(link)}">Verify my e-mail address</a></p><p>The link works once, within ${VERIFICATION_VALID_DAYS} days. If you did not create a Pingpage account, ignore this message.</p>`,
  };
}

/** Sent instead of a verification link when the address already has an account: sign-up reveals nothing. */
export function accountExistsEmail(to: string, baseUrl: string): OutgoingEmail {
  const signIn = `${baseUrl}/signin`;
  return {
    to,
    kind: "sign_up_existing",
    subject: "Someone tried to sign up to Pingpage with your address",
    text: `Someone (perhaps you) tried to create a Pingpage account with ${to}, which already has one.\n\nSign in at ${signIn}, or reset your password from there if you forgot it.\nIf it was not you, you can ignore this message.\n`,
    html: `<p>Someone (perhaps you) tried to create a Pingpage account with ${escapeHtml(to)}, which already has one.</p><p><a href="${escapeHtml(signIn)}">Sign in</a>, or reset your password from there if you forgot it. If it was not you, you can ignore this message.</p>`,
  };
}
