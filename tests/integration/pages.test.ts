import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { pageInput } from "@/lib/schemas/page";
import { createCheck } from "@/lib/services/checks/create";
import { getPage, listPages } from "@/lib/services/pages/read";
import { findPageIdBySlug } from "@/lib/services/status-page/find";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { createPage, deletePage, updatePage } from "@/lib/services/pages/write";
import type { Ctx } from "@/lib/services/context";
import { createOwnerCtx } from "../support/factories";

const uniqueSlug = () => `page-${randomUUID().slice(0, 8)}`;

async function check(ctx: Ctx, name: string) {
  return createCheck(
    ctx,
    checkInput.parse({ name, intervalSeconds: 60, config: { type: "http", url: "https://example.com", method: "GET" } }),
  );
}

describe("pages service", () => {
  it("creates a page showing the chosen checks, visible publicly by slug", async () => {
    const ctx = await createOwnerCtx();
    const api = await check(ctx, "API");
    const web = await check(ctx, "Website");
    const slug = uniqueSlug();
    const id = await createPage(ctx, pageInput.parse({ name: "Acme", slug, checkIds: [api, web] }));

    const page = await getPage(ctx, id);
    expect(page.components.map((c) => c.name)).toEqual(["API", "Website"]);
    const visible = await buildPageSnapshot((await findPageIdBySlug(slug))!);
    expect(visible?.components.map((c) => c.state)).toEqual(["pending", "pending"]);
    expect(visible?.overall.label).toBe("Checking systems…");
  });

  it("counts each page's components in the list", async () => {
    const ctx = await createOwnerCtx();
    const api = await check(ctx, "API");
    await createPage(ctx, pageInput.parse({ name: "One", slug: uniqueSlug(), checkIds: [api] }));
    await createPage(ctx, pageInput.parse({ name: "Zero", slug: uniqueSlug() }));
    expect((await listPages(ctx)).map((p) => [p.name, p.components])).toEqual([["One", 1], ["Zero", 0]]);
  });

  it("refuses a slug that is already taken, naming the field", async () => {
    const first = await createOwnerCtx();
    const second = await createOwnerCtx();
    const slug = uniqueSlug();
    await createPage(first, pageInput.parse({ name: "One", slug }));
    const attempt = createPage(second, pageInput.parse({ name: "Two", slug }));
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { slug: [expect.stringContaining("already taken")] } });
    expect(await listPages(second)).toHaveLength(0);
  });

  it("will not put another workspace's check on a page", async () => {
    const owner = await createOwnerCtx();
    const intruder = await createOwnerCtx();
    const foreign = await check(owner, "Secret");
    const attempt = createPage(intruder, pageInput.parse({ name: "Mine", slug: uniqueSlug(), checkIds: [foreign] }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(await listPages(intruder)).toHaveLength(0);
  });

  it("hides another workspace's page from reads, edits and deletes", async () => {
    const owner = await createOwnerCtx();
    const intruder = await createOwnerCtx();
    const slug = uniqueSlug();
    const id = await createPage(owner, pageInput.parse({ name: "Owner's", slug }));
    await expect(getPage(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePage(intruder, id, pageInput.parse({ name: "Taken over", slug }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(deletePage(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPage(owner, id)).name).toBe("Owner's");
  });

  it("keeps existing components when checks are added and drops the ones removed", async () => {
    const ctx = await createOwnerCtx();
    const [a, b, c] = [await check(ctx, "A"), await check(ctx, "B"), await check(ctx, "C")];
    const slug = uniqueSlug();
    const id = await createPage(ctx, pageInput.parse({ name: "P", slug, checkIds: [a, b] }));
    await updatePage(ctx, id, pageInput.parse({ name: "P", slug, checkIds: [b, c] }));
    expect((await getPage(ctx, id)).components.map((x) => x.name)).toEqual(["B", "C"]);
  });

  it("returns nothing for an unknown slug", async () => {
    expect(await findPageIdBySlug(uniqueSlug())).toBeNull();
  });
});

describe("page input", () => {
  it.each([
    ["UPPER case", "lowercase letters"],
    ["a", "at least 3"],
    ["api", "reserved"],
    ["double--dash", "single dashes"],
  ])("rejects the slug %j", (slug, message) => {
    const result = pageInput.safeParse({ name: "x", slug });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]?.message).toContain(message);
  });
});
