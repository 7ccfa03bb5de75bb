import type { Metadata } from "next";
import { Logo } from "@/components/logo";
import { AckForm } from "./ack-form";

export const metadata: Metadata = { title: "Acknowledge alert" };

/** Opened from an alert message, often on a phone: one large button, no sign-in needed. */
export default async function AcknowledgePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <Logo className="mb-8" />
      <div className="w-full max-w-sm space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">Acknowledge this alert</h1>
        <p className="text-sm text-slate-600">Acknowledging tells Pingpage someone is on it: reminders and escalation stop. The check keeps being watched.</p>
        <AckForm token={token} />
      </div>
    </main>
  );
}
