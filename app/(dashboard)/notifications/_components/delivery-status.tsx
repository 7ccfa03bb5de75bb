import type { DeliveryStatus as Status } from "@/db/schema";

const looks: Record<Status, { label: string; tone: string }> = {
  queued: { label: "Queued", tone: "bg-slate-100 text-slate-700" },
  sending: { label: "Sending", tone: "bg-blue-100 text-blue-800" },
  sent: { label: "Sent", tone: "bg-green-100 text-green-800" },
  failed: { label: "Retrying", tone: "bg-amber-100 text-amber-800" },
  gave_up: { label: "Failed", tone: "bg-red-100 text-red-800" },
};

export function DeliveryStatus({ status, attempts }: { status: Status; attempts: number }) {
  const look = looks[status];
  return (
    <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${look.tone}`}>
      {look.label}
      {attempts > 1 ? ` · ${attempts} tries` : ""}
    </span>
  );
}
