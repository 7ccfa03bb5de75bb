import { stringify } from "csv-stringify";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { Readable } from "node:stream";
import { requireCtx } from "@/lib/auth/context";
import { UnauthorizedError, ValidationError } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";
import { pageId } from "@/lib/schemas/page";
import { exportSubscribers } from "@/lib/services/subscribers/export";
import { CSV_COLUMNS } from "@/lib/subscribers/csv";

/** The page's confirmed e-mail subscribers as a CSV download, streamed as it is read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const ctx = await requireCtx().catch((error: unknown) => {
      if (isRedirectError(error)) throw new UnauthorizedError("Sign in again to export subscribers");
      throw error;
    });
    const id = pageId.safeParse((await params).id);
    if (!id.success) throw new ValidationError("Unknown page");
    const { pageSlug, rows } = await exportSubscribers(ctx, id.data);
    const csv = Readable.from(rows).pipe(stringify({ header: true, columns: [...CSV_COLUMNS] }));
    return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${pageSlug}-subscribers.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return problemResponse(error, "subscribers export");
  }
}
