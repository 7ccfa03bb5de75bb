import { z } from "zod";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idPattern = /^[A-Za-z0-9]{6,32}$/;

const statuspageId = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .regex(idPattern, `The ${what} is letters and digits, as in the Statuspage URL`);

const componentLink = z.object({ checkId: z.string(), componentId: z.string() });
export type ComponentLink = z.infer<typeof componentLink>;

/** The form's textarea: one "<check id> <component id>" per line (a space, comma or = between). */
function linesToLinks(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [checkId, componentId] = line.split(/[\s,=]+/);
      return { checkId: checkId ?? "", componentId: componentId ?? "" };
    });
}

export const statuspageConfig = z.object({
  pageId: statuspageId("page id"),
  /** Which Pingpage check sets which Statuspage component. */
  components: z.preprocess(
    linesToLinks,
    z
      .array(componentLink, { error: "List one check and component per line" })
      .min(1, "Link at least one check to a component")
      .max(100, "At most 100 links")
      // Issues on the list itself, naming the line, so the form shows them beside the one textarea.
      .superRefine((links, ctx) => {
        links.forEach((link, index) => {
          if (!uuidPattern.test(link.checkId)) ctx.addIssue({ code: "custom", message: `Line ${index + 1}: start with the Pingpage check id` });
          else if (!idPattern.test(link.componentId)) ctx.addIssue({ code: "custom", message: `Line ${index + 1}: add the Statuspage component id after the check id` });
        });
      }),
  ),
});
export type StatuspageConfig = z.infer<typeof statuspageConfig>;

export const statuspageSecrets = z.object({
  /** A Statuspage API key (profile → API info); it is limited to one request a second. */
  apiKey: z
    .string({ error: "Enter the API key" })
    .trim()
    .regex(/^[A-Za-z0-9-]{16,64}$/, "The API key is letters, digits and dashes"),
});
export type StatuspageSecrets = z.infer<typeof statuspageSecrets>;
