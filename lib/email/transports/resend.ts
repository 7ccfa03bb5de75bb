import { Resend } from "resend";
import type { MailTransport } from "./types";

export function resendTransport(config: { apiKey: string; from: string }): MailTransport {
  return {
    kind: "resend",
    async send(message) {
      const { error } = await new Resend(config.apiKey).emails.send({ from: config.from, ...message });
      if (error) throw new Error(`Resend refused the e-mail: ${error.message}`);
    },
  };
}
