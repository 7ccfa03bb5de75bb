import { configJsonSchema } from "@/lib/config/schema";

/** Public, for editors (yaml-language-server): the pingpage.yaml format, generated from its zod schema. */
export function GET() {
  return Response.json(configJsonSchema(), { headers: { "content-type": "application/schema+json" } });
}
