/** The cookie that remembers a page's password; named per page slug so pages never share one. */
export function unlockCookieName(slug: string): string {
  return `pp_unlock_${slug}`;
}
