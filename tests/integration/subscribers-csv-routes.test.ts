import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { pageSubscribers } from "@/db/schema";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/services/context";
import { uniqueEmail } from "../support/factories";
import { createPageFixture } from "../support/status-page";

/** The owner's CSV through the real action (a file upload) and the real download route. */
const session = vi.hoisted(() => ({ ctx: null as (Ctx & { workspaceName: string }) | null }));
vi.mock("@/lib/auth/context", async (original) => ({
  ...(await original<typeof import("@/lib/auth/context")>()),
  requireCtx: async () => session.ctx!,
}));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { importSubscribersAction } = await import("@/app/(dashboard)/pages/[id]/subscribers/actions");
const { GET: exportRoute } = await import("@/app/(dashboard)/pages/[id]/subscribers/export/route");

function upload(csv: string, consent: boolean): FormData {
  const form = new FormData();
  form.set("csv", new File([csv], "subscribers.csv", { type: "text/csv" }));
  form.append("consent", "false");
  if (consent) form.append("consent", "true");
  return form;
}
const download = (pageId: string) => exportRoute(new Request(`http://localhost/pages/${pageId}/subscribers/export`), { params: Promise.resolve({ id: pageId }) });

describe("subscriber CSV upload and download (issue 10)", () => {
  it("downloads what was uploaded, and the download uploads into another page unchanged", async () => {
    const a = await createPageFixture({ names: ["API", "Website"] });
    const b = await createPageFixture({ names: ["API", "Website"], ctx: a.ctx });
    session.ctx = { ...a.ctx, workspaceName: "Test Workspace" };
    const emails = [uniqueEmail("ann"), uniqueEmail("bob")].sort();
    const state = await importSubscribersAction(a.page.id, {}, upload(`email,components\n${emails[0]},\n${emails[1]},Website\n`, true));
    expect(state).toMatchObject({ message: null, imported: "Imported: 2 added, 0 confirmed, 0 already subscribed, 0 skipped (unsubscribed or bounced)." });

    const response = await download(a.page.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${a.slug}-subscribers.csv"`);
    const csv = await response.text();
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("email,components,groups,subscribed_at");
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 3).join(","))).toEqual([`${emails[0]},,`, `${emails[1]},Website,`]);

    expect((await importSubscribersAction(b.page.id, {}, upload(csv, true))).imported).toContain("2 added");
    const again = await (await download(b.page.id)).text();
    expect(again.split("\n").map((line) => line.split(",").slice(0, 3).join(","))).toEqual(csv.split("\n").map((line) => line.split(",").slice(0, 3).join(",")));
  });

  it("refuses an upload without the consent box ticked, or with bad lines, and imports nothing", async () => {
    const { ctx, page } = await createPageFixture();
    session.ctx = { ...ctx, workspaceName: "Test Workspace" };
    const unticked = await importSubscribersAction(page.id, {}, upload(`email\n${uniqueEmail()}\n`, false));
    expect(unticked.fieldErrors?.consent?.[0]).toContain("agreed");
    const bad = await importSubscribersAction(page.id, {}, upload(`email\n${uniqueEmail()}\nnope\n`, true));
    expect(bad).toMatchObject({ message: "One line needs fixing; nothing was imported", fieldErrors: { csv: ['Line 3: "nope" is not an e-mail address'] } });
    const empty = await importSubscribersAction(page.id, {}, new FormData());
    expect(empty.fieldErrors?.csv?.[0]).toBe("File: choose a CSV file");
    expect(await db.select().from(pageSubscribers).where(eq(pageSubscribers.pageId, page.id))).toHaveLength(0);
  });

  it("answers a viewer's download with a problem, not a file", async () => {
    const { ctx, page } = await createPageFixture();
    session.ctx = { ...ctx, role: "viewer", actor: undefined, workspaceName: "Test Workspace" };
    const response = await download(page.id);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("problem+json");
  });
});
