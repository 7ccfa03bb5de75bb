/** Cache tags of everything a visitor's page is built from. */
export const pageTag = (pageId: string) => `page:${pageId}`;
export const slugTag = (slug: string) => `page-slug:${slug}`;
export const domainTag = (hostname: string) => `domain:${hostname}`;

/** Tags are passed between processes: only these shapes are accepted. */
export const TAG_PATTERN = /^(page:[0-9a-f-]{36}|page-slug:[a-z0-9-]{1,60}|domain:[a-z0-9.-]{1,253})$/;
