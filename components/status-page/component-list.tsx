import { COMPONENT_LABELS, type ComponentState } from "@/lib/status";

type Component = { id: string; name: string; state: ComponentState };

const tone: Record<ComponentState, string> = {
  operational: "text-emerald-700",
  degraded_performance: "text-amber-700",
  partial_outage: "text-orange-700",
  major_outage: "text-red-700",
  under_maintenance: "text-sky-700",
  pending: "text-slate-500",
};

export function ComponentList({ components }: { components: Component[] }) {
  if (components.length === 0) return <p className="text-slate-600">This page has no components yet.</p>;
  return (
    <ul aria-label="Components" className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200">
      {components.map((component) => (
        <li key={component.id} className="flex items-center justify-between gap-4 px-5 py-4">
          <span className="font-medium">{component.name}</span>
          <span className={`text-sm font-medium ${tone[component.state]}`}>{COMPONENT_LABELS[component.state]}</span>
        </li>
      ))}
    </ul>
  );
}
