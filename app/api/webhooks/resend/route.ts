import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { z } from "zod";
import { env } from "@/lib/env";
import { recordBounce } from "@/lib/services/subscribers/bounces";

/** The part of Resend's events we act on; others are acknowledged and ignored. */
const resendEvent = z.object({
  type: z.string(),
  data: z.object({ to: z.union([z.array(z.string()), z.string()]).optional(), bounce: z.object({ type: z.string().optional() }).optional() }).passthrough(),
});

/**
 * Resend reports bounces and complaints here, signed the Svix way (Standard Webhooks under
 * `svix-*` header names). A bad signature is a 401 and changes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  if (!env.RESEND_WEBHOOK_SECRET) return new Response(null, { status: 404 });
  const body = await request.text();
  const header = (name: string) => request.headers.get(`webhook-${name}`) ?? request.headers.get(`svix-${name}`) ?? "";
  let payload: unknown;
  try {
    payload = new Webhook(env.RESEND_WEBHOOK_SECRET).verify(body, { "webhook-id": header("id"), "webhook-timestamp": header("timestamp"), "webhook-signature": header("signature") });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return Response.json({ error: "bad signature" }, { status: 401 });
    throw error;
  }
  const event = resendEvent.safeParse(payload);
  if (!event.success) return Response.json({ error: "unexpected event shape" }, { status: 400 });
  const to = event.data.data.to;
  const addresses = Array.isArray(to) ? to : to ? [to] : [];
  // A transient bounce (mailbox full) is retried by Resend; only a permanent one stops the address.
  const permanent = event.data.type === "email.bounced" && event.data.data.bounce?.type?.toLowerCase() !== "transient";
  if (permanent) await recordBounce(addresses, "bounce");
  if (event.data.type === "email.complained") await recordBounce(addresses, "complaint");
  return Response.json({ ok: true });
}
