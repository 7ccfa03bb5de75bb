import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/s/[slug]/widget.js/route";
import { WIDGET_SCRIPT } from "./widget-script";

describe("the status widget script", () => {
  it("is valid JavaScript that browsers of the last years run (no modules, no newer syntax)", () => {
    expect(() => new Script(WIDGET_SCRIPT)).not.toThrow();
    expect(WIDGET_SCRIPT).not.toMatch(/\b(import|export|class)\b|=>|\?\.|\?\?/);
  });

  it("writes the page's name and state as text, never as HTML, and reads them from the CORS-open status.json beside itself", () => {
    expect(WIDGET_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(WIDGET_SCRIPT).toContain('new URL("api/v2/status.json", base)');
    expect(WIDGET_SCRIPT).toContain('attachShadow({ mode: "open" })');
  });

  it("is served as JavaScript any site may load", async () => {
    const response = GET();
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.text()).toBe(WIDGET_SCRIPT);
  });
});
