import type { CheckStatus } from "@/lib/checks/state";

const styles: Record<CheckStatus, { dot: string; text: string; label: string }> = {
  up: { dot: "bg-emerald-500", text: "text-emerald-700", label: "Up" },
  degraded: { dot: "bg-amber-500", text: "text-amber-700", label: "Degraded" },
  down: { dot: "bg-red-500", text: "text-red-700", label: "Down" },
  pending: { dot: "bg-slate-400", text: "text-slate-600", label: "Pending" },
  paused: { dot: "bg-slate-300", text: "text-slate-500", label: "Paused" },
};

export function StatusBadge({ status }: { status: CheckStatus }) {
  const style = styles[status];
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${style.text}`}>
      <span className={`h-2.5 w-2.5 rounded-full ${style.dot}`} aria-hidden="true" />
      {style.label}
    </span>
  );
}
