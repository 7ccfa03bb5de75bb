import type { Task } from "graphile-worker";
import { parseJobPayload } from "@/lib/jobs/registry";
import { deliverAlert, type DeliverOptions } from "@/lib/services/alerts/deliver";

/** Sends one alert message to one channel; failures throw for graphile-worker's backoff. */
export function alertDeliverTask(options: DeliverOptions = {}): Task {
  return async (raw, helpers) => {
    const { deliveryId } = parseJobPayload("alert__deliver", raw);
    const outcome = await deliverAlert(deliveryId, options);
    if (outcome !== "sent") helpers.logger.info(`alert delivery ${deliveryId}: ${outcome}`);
  };
}

export const alertDeliver = alertDeliverTask();
