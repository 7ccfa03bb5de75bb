"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, argument, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { checkId } from "@/lib/schemas/check";
import { acknowledgeAlerts } from "@/lib/services/alerts/engine/acknowledge";
import { setCheckAlertsOptOut } from "@/lib/services/alerts/policies/opt-out";

const alertId = z.uuid({ error: "That alert does not exist" });

export async function setAlertsOptOutAction(id: string, optOut: boolean, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("setAlertsOptOutAction", async () => {
    const ctx = await requireCtx();
    const check = argument(checkId, id);
    await setCheckAlertsOptOut(ctx, check, argument(z.boolean(), optOut));
    revalidatePath(`/checks/${check}`);
    return { message: null };
  });
}

/** The dashboard's Acknowledge button, on the check page and in the alert history. */
export async function acknowledgeAlertAction(id: string, checkPath: string | null, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("acknowledgeAlertAction", async () => {
    const ctx = await requireCtx();
    await acknowledgeAlerts(ctx, [argument(alertId, id)]);
    if (checkPath?.startsWith("/")) revalidatePath(checkPath);
    revalidatePath("/notifications/history");
    return { message: null };
  });
}
