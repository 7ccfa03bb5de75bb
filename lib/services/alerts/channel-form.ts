import "server-only";
import { z } from "zod";
import { channelModuleOf, channelModules } from "@/lib/channels/registry";
import type { AnyChannelModule } from "@/lib/channels/types";
import { formToObject } from "@/lib/parse-form";
import type { AlertChannelInput } from "@/lib/schemas/alert-channel";

const strings = z.record(z.string(), z.string()).catch({});

/**
 * The channel form's fields as the service's input: `config.*` through the type's own
 * configFromForm (lists, numbers), `secrets.*` as typed (blank keeps the stored one), the
 * "enabled" checkbox's "true"/"false" as a boolean.
 */
export function channelInputFromForm(formData: FormData, modules: readonly AnyChannelModule[] = channelModules): AlertChannelInput | { formError: string } {
  const object = formToObject(formData);
  if (!object.ok) return { formError: object.message };
  const fields = object.value;
  const type = typeof fields.type === "string" ? fields.type : "";
  const config = strings.parse(fields.config ?? {});
  const channelModule = channelModuleOf(type, modules);
  return {
    type,
    name: typeof fields.name === "string" ? fields.name : "",
    enabled: fields.enabled !== "false",
    config: (channelModule?.configFromForm?.(config) ?? config) as Record<string, unknown>,
    secrets: strings.parse(fields.secrets ?? {}),
  };
}
