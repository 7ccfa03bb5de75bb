import { batchOperations } from "./resources/batch";
import { checkOperations } from "./resources/checks";
import { meOperations } from "./resources/me";
import { tagOperations } from "./resources/tags";
import type { AnyOperation } from "./operation";

/**
 * Every operation of /api/v1, one module per resource under resources/. A new resource (alert
 * channels, subscribers…) adds its module's list here; routing, OpenAPI and the contract test follow.
 */
export const operations: AnyOperation[] = [...meOperations, ...checkOperations, ...tagOperations, ...batchOperations];
