import { micromark } from "micromark";

/**
 * Incident and maintenance updates are Markdown written by page owners and shown to the public.
 * micromark escapes raw HTML unless told otherwise and drops javascript:/data: link targets, so
 * the output is safe to insert; we never pass allowDangerousHtml or allowDangerousProtocol.
 */
export function renderMarkdown(source: string): string {
  return micromark(source);
}
