import { describe, expect, it } from "vitest";
import { exportCells, parseSubscriberCsv, type CsvComponent } from "./csv";

const api = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const web = "9b2f8c1e-0d7a-4a4e-9a57-6f3e2b1c0d11";
const web2 = "0f4b3d2a-1c5e-4f6a-8b7c-9d0e1f2a3b4c";
const components: CsvComponent[] = [
  { id: api, name: "API", groupName: "Backend" },
  { id: web, name: "Website", groupName: null },
  { id: web2, name: "website", groupName: null },
];

describe("subscriber CSV import (issue 10)", () => {
  it("reads e-mail addresses with optional components and groups, by name or id", () => {
    const csv = `\uFEFFEmail,Components,Groups\nAnn@Example.com,,\nbob@example.com,api; ${web2},backend\n\ncarol@example.com\n`;
    expect(parseSubscriberCsv(csv, components)).toEqual({
      problems: [],
      rows: [
        { line: 2, email: "ann@example.com", componentIds: null, groupNames: null },
        { line: 3, email: "bob@example.com", componentIds: [api, web2], groupNames: ["Backend"] },
        { line: 5, email: "carol@example.com", componentIds: null, groupNames: null },
      ],
    });
  });

  it("reports every bad row by its line", () => {
    const csv = ["email,components,groups", "ann@example.com", "not-an-address", "ANN@example.com", "dan@example.com,Nope", "eve@example.com,Website", "fay@example.com,,Frontend", ",API"].join("\n");
    const { problems } = parseSubscriberCsv(csv, components);
    expect(problems).toEqual([
      { line: 3, message: '"not-an-address" is not an e-mail address' },
      { line: 4, message: "ann@example.com is already on line 2" },
      { line: 5, message: 'no component "Nope" on this page' },
      { line: 6, message: 'several components are named "Website"; use the id of the one you mean' },
      { line: 7, message: 'no group "Frontend" on this page' },
      { line: 8, message: "the email column is empty" },
    ]);
  });

  it("refuses a file without an email column, without rows, or that is not CSV", () => {
    expect(parseSubscriberCsv("address\nann@example.com", components).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining("email") });
    expect(parseSubscriberCsv("email\n", components).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining("no subscribers") });
    expect(parseSubscriberCsv('email\nann@example.com\n"bob@example.com\n', components).problems[0]).toMatchObject({ message: "a quoted field is never closed" });
  });

  it("exports names where they are unambiguous, ids otherwise, and defuses spreadsheet formulas both ways", () => {
    const cells = exportCells({ email: "ann@example.com", componentIds: [api, web], groupNames: ["Backend"], confirmedAt: new Date("2026-01-02T03:04:05Z") }, components);
    expect(cells).toEqual(["ann@example.com", `API; ${web}`, "Backend", "2026-01-02T03:04:05.000Z"]);
    const formula: CsvComponent[] = [{ id: api, name: "=HYPERLINK(1)", groupName: null }];
    const row = exportCells({ email: "ann@example.com", componentIds: [api], groupNames: null, confirmedAt: null }, formula);
    expect(row[1]).toBe("'=HYPERLINK(1)");
    expect(parseSubscriberCsv(`email,components\nann@example.com,${row[1]}`, formula).rows[0]!.componentIds).toEqual([api]);
  });
});
