import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CheckListItem } from "./check-list-row";
import { CheckCards, CheckTable } from "./check-rows";

const check: CheckListItem = {
  id: "7d1f3c1e-0000-4000-8000-000000000001",
  name: "Storefront",
  target: "GET https://shop.example.com/a/very/long/path/that/would/push/a/table/off/a/phone",
  status: "down",
  probed: true,
  every: "1 min",
  lastRunAt: new Date(Date.now() - 5_000).toISOString(),
  lastLatencyMs: null,
  lastError: "status 500, expected 200-299",
  uptime: { h24: "99.50 %", d7: "99.90 %", d30: "99.99 %" },
  spark: [],
  tags: [{ id: "7d1f3c1e-0000-4000-8000-000000000002", name: "production", colour: "green" }],
};

const props = { checks: [check], selected: new Set<string>(), onToggle: () => undefined, selectable: true, now: new Date() };

describe("the checks list on phones and wide screens (issue 14, defect 7)", () => {
  it("shows each check as a card on small screens, with its state, uptime, last result, tags and selection", () => {
    const html = renderToStaticMarkup(createElement(CheckCards, props));
    expect(html).toMatch(/^<ul class="[^"]*md:hidden/);
    expect(html).not.toContain("<table");
    for (const text of ["Storefront", "Down", "99.50 %", "status 500, expected 200-299", "production", 'aria-label="Select Storefront"']) expect(html).toContain(text);
    // A long target is cut with an ellipsis inside the card, never widening it.
    expect(html).toMatch(/class="truncate[^"]*" title="GET https:\/\/shop/);
  });

  it("keeps the table for wide screens only, and offers no selection to viewers", () => {
    const html = renderToStaticMarkup(createElement(CheckTable, { ...props, selectable: false }));
    expect(html).toMatch(/^<table class="hidden [^"]*md:table/);
    expect(html).not.toContain("Select Storefront");
  });
});
