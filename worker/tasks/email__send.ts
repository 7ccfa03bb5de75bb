import type { Task } from "graphile-worker";
import { deliverEmail } from "@/lib/email/deliver";
import { resolveMailTransport } from "@/lib/email/transport";
import type { MailTransport } from "@/lib/email/transports/types";
import { parseJobPayload } from "@/lib/jobs/registry";

/** Sends one stored e-mail (lib/email/enqueue.ts queues it); graphile-worker retries with backoff. */
export function emailSendTask(transport: () => Promise<MailTransport> = resolveMailTransport): Task {
  return async (raw, helpers) => {
    const { emailId } = parseJobPayload("email__send", raw);
    const outcome = await deliverEmail(emailId, { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts }, transport);
    if (outcome !== "sent") helpers.logger.info(`email ${emailId}: ${outcome === "missing" ? "no such message" : "already sent"}`);
  };
}

export const emailSend = emailSendTask();
