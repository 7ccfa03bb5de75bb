import { sql } from "drizzle-orm";
import { db, pool } from "@/lib/db";

/** Row counts of what a workspace owns, so a refused call can be shown to have written nothing. */

type Counter = { label: string; query: string };
let counters: Promise<Counter[]> | undefined;

/**
 * Tables with a workspace_id, and tables one foreign key away from one (a page's incidents, a
 * check's runs), found from the catalog so tables added later are counted too.
 */
function workspaceCounters(): Promise<Counter[]> {
  counters ??= (async () => {
    const tables = await db.execute<{ table_name: string }>(sql`
      select c.relname as table_name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`);
    const owned = new Set(tables.rows.map((row) => row.table_name));
    const children = await db.execute<{ child: string; column: string; parent: string }>(sql`
      select child.relname as child, a.attname as column, parent.relname as parent
      from pg_constraint k
      join pg_class child on child.oid = k.conrelid
      join pg_class parent on parent.oid = k.confrelid
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      join pg_namespace n on n.oid = child.relnamespace
      where k.contype = 'f' and array_length(k.conkey, 1) = 1 and n.nspname = 'public' and not child.relispartition`);
    const list: Counter[] = [...owned].map((table) => ({ label: table, query: `select count(*) from "${table}" where workspace_id = $1` }));
    for (const { child, column, parent } of children.rows) {
      if (owned.has(child) || !owned.has(parent)) continue;
      list.push({ label: `${child}.${column}`, query: `select count(*) from "${child}" c join "${parent}" p on c."${column}" = p.id where p.workspace_id = $1` });
    }
    list.push({ label: "memberships of the user", query: `select count(*) from workspace_members where user_id = $2` });
    return list;
  })();
  return counters;
}

/** Row counts of everything the workspace (and the acting user's memberships) own, by table. */
export async function countRows(workspaceId: string, userId: string): Promise<Record<string, number>> {
  const list = await workspaceCounters();
  const select = list.map((counter, i) => `(${counter.query}) as c${i}`).join(", ");
  const { rows } = await pool().query(`select ${select}`, [workspaceId, userId]);
  return Object.fromEntries(list.map((counter, i) => [counter.label, Number(rows[0][`c${i}`])]));
}
