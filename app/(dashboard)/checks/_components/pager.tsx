import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

type Props = { page: number; pageCount: number; total: number; params: Record<string, string | undefined> };

function href(params: Props["params"], page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "page") search.set(key, value);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `/checks?${text}` : "/checks";
}

export function Pager({ page, pageCount, total, params }: Props) {
  return (
    <nav aria-label="Pages of checks" className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <span>{total === 1 ? "1 check" : `${total} checks`} · page {Math.min(page, pageCount)} of {pageCount}</span>
      <span className="flex gap-2">
        {page > 1 ? <Link href={href(params, Math.min(page - 1, pageCount))} className={buttonClass("secondary")} rel="prev">Previous</Link> : null}
        {page < pageCount ? <Link href={href(params, page + 1)} className={buttonClass("secondary")} rel="next">Next</Link> : null}
      </span>
    </nav>
  );
}
