import { escapeHtml } from "@/lib/email/send";
import { headerText } from "@/lib/email/header-text";
import type { OutgoingEmail } from "@/lib/email/enqueue";

export type InvitationMessage = { to: string; workspaceName: string; role: string; link: string; validDays: number };

/** The sender chooses the workspace name: flattened for the subject, escaped in the HTML. */
export function invitationEmail({ to, workspaceName, role, link, validDays }: InvitationMessage): OutgoingEmail {
  const name = headerText(workspaceName) || "a workspace";
  return {
    to,
    kind: "invitation",
    subject: `You are invited to ${name} on Pingpage`,
    text: `You have been invited to join ${name} on Pingpage as ${role}.\n\nAccept within ${validDays} days: ${link}\n`,
    html:
      `<p>You have been invited to join <strong>${escapeHtml(name)}</strong> on Pingpage as ${escapeHtml(role)}.</p>` +
      `<p><a href="${escapeHtml(link)}">Accept the invitation</a> within ${validDays} days.</p>`,
  };
}
