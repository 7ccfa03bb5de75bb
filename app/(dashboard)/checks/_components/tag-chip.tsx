import type { TagColour } from "@/lib/schemas/tag";

/** Fixed pairs, light and dark, so Tailwind keeps every class and each tag reads on both themes. */
const colours: Record<TagColour, string> = {
  slate: "bg-slate-100 text-slate-700 ring-slate-300",
  red: "bg-red-50 text-red-700 ring-red-200",
  orange: "bg-orange-50 text-orange-700 ring-orange-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  green: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  teal: "bg-teal-50 text-teal-700 ring-teal-200",
  sky: "bg-sky-50 text-sky-700 ring-sky-200",
  blue: "bg-blue-50 text-blue-700 ring-blue-200",
  violet: "bg-violet-50 text-violet-700 ring-violet-200",
  pink: "bg-pink-50 text-pink-700 ring-pink-200",
};

export function TagChip({ name, colour }: { name: string; colour: string }) {
  const style = colours[colour as TagColour] ?? colours.slate;
  return <span className={`inline-flex max-w-[10rem] truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style}`} title={name}>{name}</span>;
}
