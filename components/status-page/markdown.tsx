import { renderMarkdown } from "@/lib/markdown";

/** An update's Markdown, rendered by micromark with raw HTML escaped (see lib/markdown.ts). */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
