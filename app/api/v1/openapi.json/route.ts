import { openApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";

/** Public: the document describes the API, never a workspace's data. */
export function GET() {
  return Response.json(openApiDocument(operations));
}
