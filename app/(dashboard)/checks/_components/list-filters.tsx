import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { checkStatus, checkType } from "@/db/schema/checks";
import type { CheckListQuery } from "@/lib/schemas/check-list";
import type { Tag } from "@/lib/services/checks/tags";

const sorts = { name: "Name", state: "State (worst first)", last_run: "Last run", uptime: "Uptime 24 h", latency: "Response time" } as const;
const field = "rounded-md border-slate-300 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and works without JavaScript. */
export function ListFilters({ query, tags, errors }: { query: CheckListQuery; tags: Tag[]; errors: string[] }) {
  return (
    <form method="get" action="/checks" className="flex flex-wrap items-end gap-2" role="search">
      <label className="flex min-w-0 flex-1 basis-48 flex-col text-xs font-medium text-slate-600">
        Search
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="Name or target" className={field} />
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        State
        <select name="state" defaultValue={query.state ?? ""} className={field}>
          <option value="">All</option>
          {checkStatus.enumValues.map((state) => <option key={state} value={state}>{state[0]!.toUpperCase() + state.slice(1)}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Type
        <select name="type" defaultValue={query.type ?? ""} className={field}>
          <option value="">All</option>
          {checkType.enumValues.map((type) => <option key={type} value={type}>{type.toUpperCase()}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Tag
        <select name="tag" defaultValue={query.tag ?? ""} className={field}>
          <option value="">All</option>
          {tags.map((tag) => <option key={tag.id} value={tag.id}>{tag.name}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Sort by
        <select name="sort" defaultValue={query.sort ?? "name"} className={field}>
          {Object.entries(sorts).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Order
        <select name="dir" defaultValue={query.dir ?? ""} className={field}>
          <option value="">Default</option>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
      <Link href="/checks" className={buttonClass("ghost")}>Reset</Link>
      {errors.length > 0 ? (
        <p role="alert" className="basis-full text-sm text-red-700">{errors.join(" ")} The list below ignores these filters.</p>
      ) : null}
    </form>
  );
}
