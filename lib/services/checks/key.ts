import { ConflictError } from "@/lib/errors";
import { isUniqueViolation } from "../pg-errors";

/** A second check with the same config-file key is a conflict the caller can fix, not a failure. */
export function rethrowKeyTaken(key: string | undefined) {
  return (error: unknown): never => {
    if (isUniqueViolation(error, "checks_workspace_key_idx")) throw new ConflictError(`Another check already has the key "${key}"`);
    throw error;
  };
}
