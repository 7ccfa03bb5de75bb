import type { MailTransport } from "./types";

/**
 * Delivers nowhere: the stored row, marked with transport "outbox", is the message. The instance
 * admin reads it in the dashboard's dev outbox, so a fresh install can follow its own links.
 */
export const outboxTransport: MailTransport = {
  kind: "outbox",
  async send() {},
};
