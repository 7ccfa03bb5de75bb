/**
 * Makes user-chosen text (a workspace name, say) safe for a mail header: control characters and
 * line breaks become spaces, so nothing can start a new header; runs of space collapse; long
 * text is cut to `maxLength` characters with an ellipsis.
 */
export function headerText(value: string, maxLength = 60): string {
  const flat = value
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(flat);
  return chars.length <= maxLength ? flat : `${chars.slice(0, maxLength - 1).join("").trimEnd()}…`;
}
