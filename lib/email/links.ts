export type TextPart = { text: string } | { url: string };

const url = /https?:\/\/[^\s<>"']+/g;
/** Sentence punctuation after a link belongs to the sentence, not the link. */
const trailing = /[.,;:!?)\]]+$/;

/** Splits plain text into text and http(s) links, so a message's links can be made clickable. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(url)) {
    const link = match[0].replace(trailing, "");
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ url: link });
    last = start + link.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
