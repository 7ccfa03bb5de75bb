import { batchOperations } from "./resources/batch";
import { checkOperations } from "./resources/checks";
import { domainOperations } from "./resources/domains";
import { historyOperations } from "./resources/history";
import { incidentOperations } from "./resources/incidents";
import { maintenanceOperations } from "./resources/maintenances";
import { meOperations } from "./resources/me";
import { pageOperations } from "./resources/pages";
import { tagOperations } from "./resources/tags";
import type { AnyOperation } from "./operation";

/**
 * Every operation of /api/v1, one module per resource under resources/. A new resource (alert
 * channels, subscribers…) adds its module's list here; routing, OpenAPI and the contract test follow.
 */
export const operations: AnyOperation[] = [
  ...meOperations,
  ...checkOperations,
  ...historyOperations,
  ...tagOperations,
  ...pageOperations,
  ...incidentOperations,
  ...maintenanceOperations,
  ...domainOperations,
  ...batchOperations,
];
