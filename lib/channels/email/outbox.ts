import "server-only";
import { emails } from "@/db/schema";
import { db } from "@/lib/db";
import type { AlertEmail } from "./payload";

/** One outbox row per recipient, already "sent": the dev outbox is where such mail is read. */
export async function keepAlertInOutbox(to: string[], mail: AlertEmail): Promise<void> {
  await db.insert(emails).values(
    to.map((address) => ({
      toAddress: address,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      kind: "alert",
      status: "sent" as const,
      transport: "outbox" as const,
      attempts: 1,
      sentAt: new Date(),
    })),
  );
}
