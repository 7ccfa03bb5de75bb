"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { TestState } from "../actions";

/** Queues a test message; the delivery's page (and the log below) shows how it went. */
export function SendTest({ action }: { action: (prev: TestState, formData: FormData) => Promise<TestState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Sending…" : "Send test"}
      </Button>
      {state.deliveryId ? (
        <p role="status" className="text-sm text-slate-700">
          Test queued.{" "}
          <Link href={`/notifications/deliveries/${state.deliveryId}`} className="text-brand-700 underline">
            See its result
          </Link>
        </p>
      ) : null}
      {state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
