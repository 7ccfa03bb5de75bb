import "server-only";
import type { AnyChannelModule } from "./types";

/**
 * Every alert channel type, in the order the type picker lists them. Each lives in its own folder
 * (lib/channels/<type>/index.ts); add one line here and one in ./forms.ts.
 */
export const channelModules: readonly AnyChannelModule[] = [];

export function channelModuleOf(type: string, modules: readonly AnyChannelModule[] = channelModules): AnyChannelModule | undefined {
  return modules.find((module) => module.type === type);
}
