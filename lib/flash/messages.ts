/**
 * What a create, update or delete says on the page it redirects to. The cookie carries only a
 * key from this list, so nothing typed by anyone is echoed back as a notice.
 */
export const FLASH_COOKIE = "pp_flash";

const messages = {
  "check.created": "Check created.",
  "check.updated": "Check saved.",
  "check.deleted": "Check deleted.",
  "page.deleted": "Status page deleted.",
  "channel.created": "Channel created.",
  "channel.deleted": "Channel deleted.",
} as const;

export type Flash = keyof typeof messages;

export function flashMessage(key: string | undefined | null): string | null {
  return key && Object.hasOwn(messages, key) ? messages[key as Flash] : null;
}

/** Reads and spends the flash cookie from a `document.cookie` string. */
export function takeFlash(cookieHeader: string): string | null {
  const entry = cookieHeader.split(/;\s*/).find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  return entry ? flashMessage(decodeURIComponent(entry.slice(FLASH_COOKIE.length + 1))) : null;
}
