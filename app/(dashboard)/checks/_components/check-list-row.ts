import type { SparkPoint } from "@/lib/services/uptime/sparkline";
import type { Tag } from "@/lib/services/checks/tags";

/** One check as the list's client component gets it: display values only, no settings or secrets. */
export type CheckListItem = {
  id: string;
  name: string;
  target: string;
  status: string;
  probed: boolean;
  every: string;
  lastRunAt: string | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  uptime: { h24: string; d7: string; d30: string };
  spark: SparkPoint[];
  tags: Tag[];
};
