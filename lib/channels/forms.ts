import type { ChannelForm } from "./form-section";

/**
 * The channel form's sections, one per type, in the order of ./registry.ts. The browser imports
 * this list, so it names only each folder's form component: never its send code.
 */
export const channelForms: readonly ChannelForm[] = [];
