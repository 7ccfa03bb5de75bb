import { renderMarkdown } from "@/lib/markdown";
import { INCIDENT_STATUS_LABELS } from "./format";
import type { PublicIncident, PublicPage } from "./types";

type Feed = { page: PublicPage; pageUrl: string; incidents: PublicIncident[] };

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

/** The incident's timeline as HTML (safe Markdown), newest update first, as Statuspage's feeds carry it. */
function timelineHtml(incident: PublicIncident): string {
  return incident.updates
    .map((u) => `<p><small>${escapeXml(new Date(u.createdAt).toUTCString())}</small><br><strong>${INCIDENT_STATUS_LABELS[u.status] ?? u.status}</strong></p>${renderMarkdown(u.body)}`)
    .join("\n");
}

const latest = (incident: PublicIncident) => incident.updates[0]?.createdAt ?? incident.updatedAt;

export function rssFeed({ page, pageUrl, incidents }: Feed): string {
  const items = incidents
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <description>${escapeXml(timelineHtml(i))}</description>
      <pubDate>${new Date(i.startedAt).toUTCString()}</pubDate>
      <link>${escapeXml(`${pageUrl}/incidents/${i.id}`)}</link>
      <guid isPermaLink="false">${i.id}</guid>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${page.name} status`)}</title>
    <link>${escapeXml(pageUrl)}</link>
    <description>${escapeXml(`Incident history of ${page.name}`)}</description>
    <atom:link href="${escapeXml(`${pageUrl}/history.rss`)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function atomFeed({ page, pageUrl, incidents }: Feed): string {
  const updated = incidents.map(latest).reduce((a, b) => (b > a ? b : a), page.updatedAt);
  const entries = incidents
    .map(
      (i) => `  <entry>
    <id>urn:uuid:${i.id}</id>
    <title>${escapeXml(i.title)}</title>
    <published>${i.startedAt}</published>
    <updated>${latest(i)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(`${pageUrl}/incidents/${i.id}`)}"/>
    <content type="html">${escapeXml(timelineHtml(i))}</content>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>urn:uuid:${page.id}</id>
  <title>${escapeXml(`${page.name} status`)}</title>
  <updated>${updated}</updated>
  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${pageUrl}/history.atom`)}"/>
  <author><name>${escapeXml(page.name)}</name></author>
${entries}
</feed>
`;
}
