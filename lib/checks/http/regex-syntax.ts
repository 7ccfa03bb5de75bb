import { RE2JS, RE2JSSyntaxException } from "re2js";

/*
 * User patterns run on RE2 (re2js), whose matching time is linear in the input. It has no
 * lookaround or backreferences, so patterns that need them are refused with a message saying why.
 * Pure JS with no Node imports: the check form's schema runs this in the browser too.
 */

export const maxPatternLength = 500;
/** Matching costs up to (program size × input length); this bounds the first factor. */
export const maxProgramSize = 500;

const linear = "Pingpage runs regexes in linear time";

export type CompiledPattern = { regex: RE2JS; problem?: undefined } | { regex?: undefined; problem: string };

/** Compiles a user's pattern, or says in plain words why it cannot run. */
export function compilePattern(source: string): CompiledPattern {
  if (source.length === 0) return { problem: "Enter a pattern" };
  if (source.length > maxPatternLength) return { problem: `A pattern can be at most ${maxPatternLength} characters` };
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(fromJavaScriptEscapes(source));
  } catch (error) {
    return { problem: explain(error) };
  }
  if (regex.programSize() > maxProgramSize) return { problem: tooComplex };
  return { regex };
}

/** The message for a pattern that cannot run, or null when it can. */
export function patternProblem(source: string): string | null {
  return compilePattern(source).problem ?? null;
}

const tooComplex = "This pattern is too complex to check quickly: use smaller repeat counts or fewer alternatives";

function explain(error: unknown): string {
  if (!(error instanceof RE2JSSyntaxException)) {
    return /too large/i.test(String(error)) ? tooComplex : "This is not a valid regular expression";
  }
  const at = error.input ?? "";
  if (at.startsWith("(?=") || at.startsWith("(?!")) return `Lookahead (${at.slice(0, 3)}…) is not supported; ${linear}`;
  if (at.startsWith("(?<=") || at.startsWith("(?<!")) return `Lookbehind (${at.slice(0, 4)}…) is not supported; ${linear}`;
  if (/^\\([1-9]|k)/.test(at)) return `Backreferences like ${at.slice(0, 2)} are not supported; ${linear}`;
  if (at.startsWith("(?>") || /^[*+?}]\+/.test(at.slice(-2))) {
    return `Atomic groups and possessive quantifiers are not supported; ${linear}`;
  }
  if (error.error === "invalid repeat count") return "Repeat counts can be at most 1000, like {1,1000}";
  if (error.error === "expression too large") return tooComplex;
  return `This is not a valid regular expression: ${error.error}${at ? ` at ${JSON.stringify(at.slice(0, 40))}` : ""}`;
}

/**
 * RE2 spells code points \x{263A}; JavaScript's \u263A and \u{1F600} mean the same, so they are
 * rewritten. Only escapes are touched: "\\u" (an escaped backslash, then u) stays as it is.
 */
function fromJavaScriptEscapes(source: string): string {
  return source.replace(/\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|([\s\S]))/g, (escape, braced?: string, four?: string) =>
    braced !== undefined || four !== undefined ? `\\x{${braced ?? four}}` : escape,
  );
}
