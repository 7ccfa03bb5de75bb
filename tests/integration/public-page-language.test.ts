import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { textFor } from "@/app/s/[slug]/_views";
import { StatusPageView } from "@/components/status-page/status-page-view";
import { pages } from "@/db/schema";
import { db } from "@/lib/db";
import { negotiateLocale } from "@/lib/i18n/locales";
import { pageInput } from "@/lib/schemas/page";
import { incidentInput } from "@/lib/schemas/incident";
import { createIncident } from "@/lib/services/incidents/write";
import { getPage } from "@/lib/services/pages/read";
import { updatePage } from "@/lib/services/pages/write";
import { buildPageSnapshot } from "@/lib/services/status-page/snapshot";
import { createPageFixture } from "../support/status-page";

// The page's auto-refresh asks for Next's router; server rendering never calls it.
const router: AppRouterInstance = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {}, bfcacheId: "test" };

/** The public page as a visitor with this Accept-Language gets it (proxy.ts negotiates the same way). */
async function visit(pageId: string, acceptLanguage: string) {
  const snapshot = (await buildPageSnapshot(pageId))!;
  const text = textFor(snapshot.page, negotiateLocale(acceptLanguage));
  const view = createElement(StatusPageView, { snapshot, basePath: `/s/${snapshot.page.slug}`, text });
  const html = renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router }, view));
  return { html, text };
}

async function pageWithIncident() {
  const fixture = await createPageFixture({ names: ["API"] });
  await createIncident(
    fixture.ctx,
    fixture.page.id,
    incidentInput.parse({ title: "API errors", status: "investigating", impact: "major", message: "Looking", publish: "on", components: { [fixture.components[0]!.id]: "major_outage" } }),
  );
  return fixture;
}

describe("public pages in the visitor's language", () => {
  it("shows a page that follows the browser in German to a German visitor, with German dates", async () => {
    const { page } = await pageWithIncident();
    const { html } = await visit(page.id, "de-DE,de;q=0.9,en;q=0.8");
    expect(html).toContain('lang="de"');
    expect(html).toContain("Aktuelle Störungen");
    expect(html).toContain("Wird untersucht");
    expect(html).toContain("Große Auswirkung");
    expect(html).toContain("Vergangene Störungen");
    expect(html).not.toContain("Active incidents");
    // A German date: "12. März 2026" style, day before month with a period.
    expect(html).toMatch(/\d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}/);

    const english = await visit(page.id, "en-US");
    expect(english.html).toContain("Active incidents");
    expect(english.html).not.toContain("Aktuelle Störungen");
  });

  it("keeps a page with a fixed language in it, whatever the visitor's browser asks", async () => {
    const { ctx, page } = await pageWithIncident();
    const current = await getPage(ctx, page.id);
    await updatePage(ctx, page.id, pageInput.parse({ name: current.name, slug: current.slug, language: "fr", checkIds: current.components.flatMap((c) => (c.checkId ? [c.checkId] : [])) }));
    for (const acceptLanguage of ["de", "ja", "en-US,en;q=0.9"]) {
      const { html } = await visit(page.id, acceptLanguage);
      expect(html).toContain('lang="fr"');
      expect(html).toContain("Incidents en cours");
    }
  });

  it("refuses an unknown language, naming the field, and writes nothing", async () => {
    const { page } = await createPageFixture();
    const parsed = pageInput.safeParse({ name: "Acme", slug: page.slug, language: "xx" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["language"], message: "Choose a language" });
    const [row] = await db.select({ language: pages.language }).from(pages).where(eq(pages.id, page.id));
    expect(row?.language).toBe("auto");
  });
});
