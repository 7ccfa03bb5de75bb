import type { MailTransport } from "@/lib/email/transports/types";
import { defineChannel } from "../types";
import { emailType } from "./meta";
import { alertEmail, type AlertEmail } from "./payload";
import { addressesFromText, emailConfig, emailSecrets } from "./schema";

export type EmailChannelDeps = {
  /** The instance's transport (lib/email/transport.ts: SMTP_URL, Resend, the admin's SMTP, else the outbox). */
  transport: () => Promise<MailTransport>;
  /** Keeps a copy the dev outbox shows, when the transport delivers nowhere. */
  keepInOutbox: (to: string[], mail: AlertEmail) => Promise<void>;
};

/**
 * Sends at once through the instance's transport rather than through enqueueEmail: the delivery
 * job already retries and logs each attempt, so the log shows the mail server's real answer.
 */
export function emailChannel(deps: EmailChannelDeps) {
  return defineChannel({
    ...emailType,
    configSchema: emailConfig,
    secretsSchema: emailSecrets,
    describe: (config) => (config.to.length > 2 ? `${config.to.slice(0, 2).join(", ")} and ${config.to.length - 2} more` : config.to.join(", ")),
    async send(message, config) {
      const mail = alertEmail(message);
      const transport = await deps.transport();
      try {
        await transport.send({ to: config.to, ...mail });
      } catch (error) {
        return { ok: false, error: `The mail server refused it: ${error instanceof Error ? error.message.slice(0, 250) : "unknown error"}` };
      }
      if (transport.kind === "outbox") await deps.keepInOutbox(config.to, mail);
      return { ok: true };
    },
    configFromForm: (fields) => ({ to: addressesFromText(fields.to ?? "") }),
  });
}
