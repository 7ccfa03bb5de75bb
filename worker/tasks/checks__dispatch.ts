import type { Task } from "graphile-worker";
import { env } from "@/lib/env";
import { dispatchTaskName, parseJobPayload } from "@/lib/jobs/registry";
import { dispatchJobKey } from "@/lib/services/scheduler/dispatch";
import type { SchedulerRuntime } from "../scheduler/runtime";
import { timing } from "../scheduler/timing";

/**
 * One link of a region's dispatch chain: queues the next link, then takes over dead workers'
 * slots and claims the slots due within the horizon, which this process arms on local timers.
 */
export function checksDispatch(runtime: SchedulerRuntime): Task {
  return async (raw, helpers) => {
    const { region } = parseJobPayload("checks__dispatch", raw);
    if (region !== runtime.region) throw new Error(`a dispatch job of region ${region} reached a worker of region ${runtime.region}`);
    // The next link is queued first, so a crash below can never break the chain.
    await helpers.addJob(
      dispatchTaskName(region),
      { region },
      { runAt: new Date(Date.now() + timing.dispatchEveryMs), jobKey: dispatchJobKey(region), jobKeyMode: "replace", maxAttempts: 1 },
    );
    const began = performance.now();
    const { takenOver, claimed } = await runtime.dispatch();
    if (env.WORKER_LOG_TIMINGS) {
      const late = Date.now() - new Date(helpers.job.run_at).getTime();
      console.log(`[dispatch] ${late} ms after its time, took ${Math.round(performance.now() - began)} ms, claimed ${claimed}, holding ${runtime.load()}`);
    }
    if (takenOver > 0) helpers.logger.warn(`took over ${takenOver} unrecorded slot(s) from workers that stopped`);
  };
}
