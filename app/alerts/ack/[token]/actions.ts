"use server";

import { getServerSession } from "next-auth";
import { z } from "zod";
import { type ActionState, argument, runAction } from "@/lib/action-result";
import { authOptions } from "@/lib/auth/options";
import { acknowledgeByToken } from "@/lib/services/alerts/engine/acknowledge";

export type AckState = ActionState & { checkNames?: string[]; acknowledged?: number };

const ackToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "This acknowledge link is not valid");

/** The link's button: a POST, so a chat app unfurling the link acknowledges nothing. */
export async function acknowledgeLinkAction(token: string, _prev: AckState, _formData: FormData): Promise<AckState> {
  return runAction<AckState>("acknowledgeLinkAction", async () => {
    const session = await getServerSession(authOptions);
    const result = await acknowledgeByToken(argument(ackToken, token), session?.user?.id ?? null);
    return { message: null, ...result };
  });
}
