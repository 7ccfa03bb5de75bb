/** An inclusive range of HTTP status codes. */
export type StatusRange = { from: number; to: number };

/**
 * Parses the status expectation users type: "200-299", "200,204", "2xx", or a mix like "2xx,304".
 * Returns null when any part is not a code, a range or a class between 100 and 599.
 */
export function parseStatusExpectation(text: string): StatusRange[] | null {
  const parts = text.split(",").map((part) => part.trim().toLowerCase());
  const ranges: StatusRange[] = [];
  for (const part of parts) {
    const range = parsePart(part);
    if (!range || range.from > range.to || range.from < 100 || range.to > 599) return null;
    ranges.push(range);
  }
  return ranges.length > 0 ? ranges : null;
}

function parsePart(part: string): StatusRange | null {
  const klass = /^([1-5])xx$/.exec(part);
  if (klass) {
    const hundred = Number(klass[1]) * 100;
    return { from: hundred, to: hundred + 99 };
  }
  const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(part);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  if (/^\d{3}$/.test(part)) return { from: Number(part), to: Number(part) };
  return null;
}

export function statusMatches(status: number, ranges: StatusRange[]): boolean {
  return ranges.some((range) => status >= range.from && status <= range.to);
}
