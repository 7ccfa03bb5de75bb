/** True when a PostgreSQL error is a unique violation, optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = error instanceof Error && "cause" in error && error.cause ? error.cause : error;
  if (typeof cause !== "object" || cause === null) return false;
  const code = (cause as { code?: unknown }).code;
  const name = (cause as { constraint?: unknown }).constraint;
  return code === "23505" && (constraint === undefined || name === constraint);
}
