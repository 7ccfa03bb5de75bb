import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, ValidationError } from "@/lib/errors";
import { isPrototypeKey } from "@/lib/parse-form";

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

/**
 * An action's argument other than its form (an id bound by the page, a flag): a client can send
 * any value there, so a bad one is a typed error with the schema's own message, never a ZodError.
 */
export function argument<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "That request is not valid.");
  return parsed.data;
}

/**
 * The message a form shows above its fields: a problem with the form as a whole (a refused field
 * name, see lib/parse-form.ts) has no field to sit under, so it wins over the generic fallback.
 */
export function formMessage(error: z.ZodError, fallback: string | null = null): string | null {
  return error.issues.find((issue) => issue.path.length === 0)?.message ?? fallback;
}

export const genericMessage = "Something went wrong. Please try again.";

/**
 * Maps a thrown error to an action result; unknown errors are logged and never shown raw. Next's
 * own control flow (`redirect()`, `notFound()`, dynamic-rendering bail-outs) is rethrown untouched.
 */
export function actionError(error: unknown, values?: Record<string, string>, context = "action"): ActionState {
  unstable_rethrow(error);
  if (error instanceof AppError) return { message: error.message, fieldErrors: error.fieldErrors, values };
  console.error(`[${context}] unexpected error`, error);
  return { message: genericMessage, values };
}

/**
 * The one road from a server action to its result: runs the action's work (session, parse, service,
 * revalidate, maybe redirect) and turns any typed error into the message its form shows, so no
 * action, even a bare button's, ends in the error page. `name` labels the log line of an unknown error.
 */
export async function runAction<S extends ActionState>(name: string, work: () => Promise<S | void>, values?: Record<string, string>): Promise<S | ActionState> {
  try {
    return (await work()) ?? {};
  } catch (error) {
    return actionError(error, values, name);
  }
}

/** The form's plain string values, echoed back so a failed submit keeps what the user typed. */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key.split(".").some(isPrototypeKey)) continue;
    // Repeated fields (checkboxes named "x[]") come back comma-joined.
    out[key] = key.endsWith("[]") && out[key] ? `${out[key]},${value}` : value;
  }
  return out;
}
