"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, argument, formValues, runAction } from "@/lib/action-result";
import { requireCtx } from "@/lib/auth/context";
import { setFlash } from "@/lib/flash/set";
import { channelInputFromForm } from "@/lib/services/alerts/channel-form";
import { createChannel, deleteChannel, updateChannel } from "@/lib/services/alerts/channels";
import { replayDelivery, sendTestAlert } from "@/lib/services/alerts/send-test";

const recordId = z.uuid({ error: "That record does not exist" });

export type TestState = ActionState & { deliveryId?: string };

export async function createChannelAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  return runAction(
    "createChannelAction",
    async () => {
      const ctx = await requireCtx();
      const input = channelInputFromForm(formData);
      if ("formError" in input) return { message: input.formError, values };
      const id = await createChannel(ctx, input);
      revalidatePath("/notifications");
      await setFlash("channel.created");
      redirect(`/notifications/channels/${id}`);
    },
    values,
  );
}

export async function updateChannelAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  return runAction(
    "updateChannelAction",
    async () => {
      const ctx = await requireCtx();
      const input = channelInputFromForm(formData);
      if ("formError" in input) return { message: input.formError, values };
      await updateChannel(ctx, argument(recordId, id), input);
      revalidatePath("/notifications");
      revalidatePath(`/notifications/channels/${id}`);
      return { message: null, values: { saved: "1" } };
    },
    values,
  );
}

export async function deleteChannelAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("deleteChannelAction", async () => {
    const ctx = await requireCtx();
    await deleteChannel(ctx, argument(recordId, id));
    revalidatePath("/notifications");
    await setFlash("channel.deleted");
    redirect("/notifications");
  });
}

export async function sendTestAction(id: string, _prev: TestState, _formData: FormData): Promise<TestState> {
  return runAction<TestState>("sendTestAction", async () => {
    const ctx = await requireCtx();
    const deliveryId = await sendTestAlert(ctx, argument(recordId, id));
    revalidatePath(`/notifications/channels/${id}`);
    return { deliveryId };
  });
}

export async function replayDeliveryAction(id: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction("replayDeliveryAction", async () => {
    const ctx = await requireCtx();
    const replay = await replayDelivery(ctx, argument(recordId, id));
    revalidatePath("/notifications/history");
    redirect(`/notifications/deliveries/${replay}`);
  });
}
