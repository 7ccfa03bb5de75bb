import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicPage } from "@/lib/status-page/types";
import { PageShell } from "@/components/status-page/page-shell";
import { publicText } from "@/lib/i18n/public-text";

const page: PublicPage = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "Acme",
  slug: "acme",
  description: null,
  logoUrl: null,
  faviconUrl: null,
  brandColor: null,
  websiteUrl: null,
  timeZone: "UTC",
  theme: "system",
  language: "auto",
  passwordFingerprint: null,
  subscriberChannels: ["email", "webhook", "slack"],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

const footer = (shown: PublicPage) => renderToStaticMarkup(PageShell({ page: shown, basePath: "/s/acme", refresh: false, text: publicText("en"), children: "body" }));

describe("the public page footer (issue 14, defect 8)", () => {
  it("links to the feeds and the API of an open page", () => {
    expect(footer(page)).toContain('href="/s/acme/history.rss"');
    expect(footer(page)).toContain('href="/s/acme/api/v2/summary.json"');
  });

  it("does not link a protected page's visitors to feeds that answer 401", () => {
    const html = footer({ ...page, passwordFingerprint: "abc" });
    expect(html).not.toContain("history.rss");
    expect(html).not.toContain("history.atom");
    expect(html).not.toContain("summary.json");
    expect(html).toContain('href="/s/acme/history"');
  });
});
