"use server";

import { z } from "zod";
import { type ActionState, argument, runAction } from "@/lib/action-result";
import { currentSession } from "@/lib/auth/context";
import { acknowledgeByToken } from "@/lib/services/alerts/engine/acknowledge";

export type AckState = ActionState & { checkNames?: string[]; acknowledged?: number };

const ackToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "This acknowledge link is not valid");

/** The link's button: a POST, so a chat app unfurling the link acknowledges nothing. */
export async function acknowledgeLinkAction(token: string, _prev: AckState, _formData: FormData): Promise<AckState> {
  return runAction<AckState>("acknowledgeLinkAction", async () => {
    // Signed in, the acknowledgement names the person; from a phone without a session, the link.
    const session = await currentSession();
    const result = await acknowledgeByToken(argument(ackToken, token), session.status === "active" ? session.userId : null);
    return { message: null, ...result };
  });
}
