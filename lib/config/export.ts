import { stringify } from "yaml";
import type { ConfigFile } from "./schema";

/**
 * A workspace as pingpage.yaml text. Secrets come back from the server as a "kept" marker; written
 * as is, they keep the stored value on apply. Replace one with `${ENV_VAR}` to set it from the file.
 */
export function exportYaml(config: ConfigFile, schemaUrl: string): string {
  // A resource's key first, as people write it; empty sections left out.
  const sections = Object.fromEntries(
    Object.entries(config)
      .filter(([, resources]) => Array.isArray(resources) && resources.length > 0)
      .map(([section, resources]) => [section, (resources as Record<string, unknown>[]).map((resource) => withoutUnset("key" in resource ? { key: resource.key, ...resource } : resource))]),
  );
  const header = `# yaml-language-server: $schema=${schemaUrl}\n`;
  return header + stringify(sections, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Unset fields are left out, as a person writes the file (the schemas read absent as not set). */
function withoutUnset(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnset);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined).map(([name, field]) => [name, withoutUnset(field)]));
}
