import { z } from "zod";

const statuspageId = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .regex(/^[A-Za-z0-9]{6,32}$/, `The ${what} is letters and digits, as in the Statuspage URL`);

const componentLink = z.object({
  checkId: z.uuid({ error: "Each line starts with a Pingpage check id" }),
  componentId: statuspageId("component id"),
});
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
      return { checkId, componentId };
    });
}

export const statuspageConfig = z.object({
  pageId: statuspageId("page id"),
  /** Which Pingpage check sets which Statuspage component. */
  components: z.preprocess(
    linesToLinks,
    z.array(componentLink, { error: "List one check and component per line" }).min(1, "Link at least one check to a component").max(100, "At most 100 links"),
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
