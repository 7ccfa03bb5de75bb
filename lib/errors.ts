/** Domain errors with a stable code, mapped to each transport in one place. */
export class AppError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "validation" | "conflict" | "unauthorized" | "rate_limited",
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what = "Record") {
    super("not_found", `${what} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do that") {
    super("forbidden", message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue") {
    super("unauthorized", message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super("validation", message, fieldErrors);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super("conflict", message, fieldErrors);
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string) {
    super("rate_limited", message);
  }
}
