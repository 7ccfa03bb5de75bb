import { describe, expect, it } from "vitest";
import { customDomainPath, localizedViewPath, privateViewPath } from "./status-routes";

describe("public page routing", () => {
  it("sends each page view to its cached URL for the visitor's locale", () => {
    expect(localizedViewPath("/s/acme", "de")).toBe("/s/acme/lang/de");
    expect(localizedViewPath("/s/acme/", "ja")).toBe("/s/acme/lang/ja");
    expect(localizedViewPath("/s/acme/history", "fr")).toBe("/s/acme/lang/fr/history");
    expect(localizedViewPath("/s/acme/history/2026-03", "es")).toBe("/s/acme/lang/es/history/2026-03");
    expect(localizedViewPath("/s/acme/incidents/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "pt")).toBe("/s/acme/lang/pt/incidents/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
    expect(localizedViewPath("/s/acme/embed", "de")).toBe("/s/acme/lang/de/embed");
  });

  it("leaves the API, feeds, badges, embeds and already localized URLs alone", () => {
    for (const path of ["/s/acme/api/v2/status.json", "/s/acme/history.rss", "/s/acme/badge.svg", "/s/acme/widget.js", "/s/acme/embed/x", "/s/acme/lang/de", "/checks"]) {
      expect(localizedViewPath(path, "de"), path).toBeNull();
    }
  });

  it("maps a custom domain's root onto its page, then to the locale or the private view", () => {
    const mapped = customDomainPath("acme", "/history");
    expect(localizedViewPath(mapped, "de")).toBe("/s/acme/lang/de/history");
    expect(privateViewPath(mapped, (slug) => slug === "acme")).toBe("/s/acme/private/history");
  });
});
