import { escapeHtml } from "@/lib/email/send";
import { headerText } from "@/lib/email/header-text";

/** The page's branding as messages show it. */
export type PageBrand = { name: string; slug: string; logoUrl: string | null; brandColor: string | null };

const colour = /^#[0-9a-f]{3,8}$/i;

/**
 * Wraps a message body (already safe HTML) in the page's branding: logo or name in its colour, and
 * a footer with the manage and unsubscribe links. Owners choose the name, logo and colour, so each
 * is escaped or checked.
 */
export function brandedHtml(brand: PageBrand, bodyHtml: string, footer: { manage?: string; unsubscribe?: string; pageUrl: string }): string {
  const accent = brand.brandColor && colour.test(brand.brandColor) ? brand.brandColor : "#2563eb";
  const logo = brand.logoUrl && /^https:\/\//i.test(brand.logoUrl) ? `<img src="${escapeHtml(brand.logoUrl)}" alt="" height="32" style="vertical-align:middle;margin-right:8px">` : "";
  const links = [
    `<a href="${escapeHtml(footer.pageUrl)}">${escapeHtml(brand.name)} status</a>`,
    footer.manage ? `<a href="${escapeHtml(footer.manage)}">Manage your subscription</a>` : "",
    footer.unsubscribe ? `<a href="${escapeHtml(footer.unsubscribe)}">Unsubscribe</a>` : "",
  ].filter(Boolean);
  return (
    `<div style="font-family:system-ui,sans-serif;max-width:600px;margin:0 auto;color:#111">` +
    `<div style="border-bottom:3px solid ${accent};padding:12px 0;font-size:18px;font-weight:600">${logo}${escapeHtml(brand.name)}</div>` +
    `<div style="padding:16px 0">${bodyHtml}</div>` +
    `<div style="border-top:1px solid #ddd;padding-top:12px;font-size:12px;color:#555">${links.join(" · ")}</div></div>`
  );
}

export function brandedText(body: string, footer: { manage?: string; unsubscribe?: string; pageUrl: string }): string {
  const lines = [body.trimEnd(), "", "--", `Status page: ${footer.pageUrl}`];
  if (footer.manage) lines.push(`Manage your subscription: ${footer.manage}`);
  if (footer.unsubscribe) lines.push(`Unsubscribe: ${footer.unsubscribe}`);
  return `${lines.join("\n")}\n`;
}

/** An owner's page name in a subject line: no line breaks, never empty. */
export function subjectName(brand: PageBrand): string {
  return headerText(brand.name) || "Status page";
}
