"use client";

import { AreaChart } from "@tremor/react";

export type ChartPoint = { label: string; Average: number | null; p95: number | null };

const ms = (value: number) => `${Math.round(value)} ms`;

/** Average and p95 response time per point; gaps where a point had no successful run. */
export function ResponseTimeChart({ points }: { points: ChartPoint[] }) {
  return (
    <AreaChart
      className="h-64"
      data={points}
      index="label"
      categories={["Average", "p95"]}
      colors={["blue", "violet"]}
      valueFormatter={ms}
      yAxisWidth={64}
      showAnimation={false}
      connectNulls={false}
      noDataText="No runs in this range yet"
    />
  );
}
