import { describe, expect, it } from "vitest";
import { httpConfig } from "@/lib/schemas/check-config";
import { compilePattern, patternProblem } from "./regex-syntax";

describe("patternProblem", () => {
  it.each([
    ["foo(?=bar)", "Lookahead ((?=…) is not supported; Pingpage runs regexes in linear time"],
    ["foo(?!bar)", "Lookahead ((?!…) is not supported; Pingpage runs regexes in linear time"],
    ["(?<=v)\\d+", "Lookbehind ((?<=…) is not supported; Pingpage runs regexes in linear time"],
    ["(?<!v)\\d+", "Lookbehind ((?<!…) is not supported; Pingpage runs regexes in linear time"],
    ["(a)\\1", "Backreferences like \\1 are not supported; Pingpage runs regexes in linear time"],
    ["(?<q>')x\\k<q>", "Backreferences like \\k are not supported; Pingpage runs regexes in linear time"],
    ["(?>a+)b", "Atomic groups and possessive quantifiers are not supported; Pingpage runs regexes in linear time"],
    ["a++b", "Atomic groups and possessive quantifiers are not supported; Pingpage runs regexes in linear time"],
    ["a{1001}", "Repeat counts can be at most 1000, like {1,1000}"],
    ["(.{1000}){1000}", "Repeat counts can be at most 1000, like {1,1000}"],
    [".{1000}", "This pattern is too complex to check quickly: use smaller repeat counts or fewer alternatives"],
    ["([unclosed", 'This is not a valid regular expression: missing closing ] at "[unclosed"'],
    ["", "Enter a pattern"],
    ["a".repeat(501), "A pattern can be at most 500 characters"],
  ])("refuses /%s/", (source, message) => {
    expect(patternProblem(source)).toBe(message);
  });

  it.each(["^v\\d+\\.", '"status":\\s*"ok"', "(a+)+$", "(?i)healthy", "(?<version>\\d+)\\.\\d+", "\\u00e9t\\u{e9}", "\\\\u00zz", "[\\s\\S]{1,100}"])(
    "accepts /%s/",
    (source) => {
      expect(patternProblem(source)).toBeNull();
    },
  );

  it("reads JavaScript's \\u escapes as code points", () => {
    expect(compilePattern("caf\\u00e9 \\u{1F600}").regex?.test("café 😀")).toBe(true);
  });

  it("puts the message on the assertion's value field", () => {
    const parsed = httpConfig.safeParse({
      type: "http",
      url: "https://example.com",
      assertions: [{ type: "header", name: "etag", op: "matches", value: "(?=x)" }],
    });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ["assertions", 0, "value"], message: expect.stringMatching(/^Lookahead/) }),
    ]);
  });

  it("takes the value literally for the other operators", () => {
    const parsed = httpConfig.safeParse({ type: "http", url: "https://example.com", assertions: [{ type: "body", op: "contains", value: "(?=x" }] });
    expect(parsed.success).toBe(true);
  });
});
