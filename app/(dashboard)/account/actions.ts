"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, fieldErrorsOf, runAction } from "@/lib/action-result";
import { requireSession } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { parseForm } from "@/lib/parse-form";
import { passwordChange } from "@/lib/schemas/account";
import { changePassword } from "@/lib/services/passwords/change";
import { revokeOtherSessions, revokeSession } from "@/lib/services/sessions/manage";

const PATH = "/account";

export type PasswordChangeState = ActionState & { changed?: boolean; signedOut?: number };

export async function changePasswordAction(_prev: PasswordChangeState, formData: FormData): Promise<PasswordChangeState> {
  return runAction("changePasswordAction", async (): Promise<PasswordChangeState> => {
    const ctx = await requireSession();
    const parsed = parseForm(passwordChange, formData);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
    const { signedOut } = await changePassword(ctx, parsed.data);
    revalidatePath(PATH);
    return { changed: true, signedOut };
  });
}

const sessionId = z.string().min(1).max(100);

/** Revoking a session that is already gone (a second click, another tab) leaves nothing to do. */
export async function revokeSessionAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("revokeSessionAction", async () => {
    const ctx = await requireSession();
    const parsed = sessionId.safeParse(id);
    if (!parsed.success) return;
    try {
      await revokeSession(ctx, parsed.data);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    revalidatePath(PATH);
  });
}

export async function revokeOtherSessionsAction(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("revokeOtherSessionsAction", async () => {
    const ctx = await requireSession();
    await revokeOtherSessions(ctx);
    revalidatePath(PATH);
  });
}
