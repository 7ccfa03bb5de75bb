import { z } from "zod";
import { AppError } from "@/lib/errors";

/** What every form action returns to `useActionState`. */
export type ActionState = {
  fieldErrors?: Record<string, string[] | undefined>;
  message?: string | null;
  values?: Record<string, string>;
};

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    // One message per field: the first problem is the one to fix first.
    out[key] ??= [issue.message];
  }
  return out;
}

/** Maps a thrown error to an action result; unknown errors are logged and never shown raw. */
export function actionError(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof AppError) return { message: error.message, fieldErrors: error.fieldErrors, values };
  console.error("[action] unexpected error", error);
  return { message: "Something went wrong. Please try again.", values };
}

/** The form's plain string values, echoed back so a failed submit keeps what the user typed. */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    // Repeated fields (checkboxes named "x[]") come back comma-joined.
    out[key] = key.endsWith("[]") && out[key] ? `${out[key]},${value}` : value;
  }
  return out;
}
