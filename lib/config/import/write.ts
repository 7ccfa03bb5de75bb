import { stringify } from "yaml";
import { configFile } from "../schema";
import type { ImportResult } from "./types";

/**
 * The imported file's text, headed by what was not carried over. It is checked against the schema
 * (with its secrets as placeholders) so an import never writes a file `validate` refuses.
 */
export function importedYaml(result: ImportResult, source: string): string {
  const checked = configFile.safeParse(result.config);
  if (!checked.success) throw new Error(`The import produced an invalid file: ${checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  const header = [
    "# yaml-language-server: $schema=https://pingpage.example/api/v1/config.schema.json",
    `# Imported from ${source}.`,
    ...(result.secrets.length > 0 ? [`# Secrets are read from the environment: ${result.secrets.join(", ")}`] : []),
    ...(result.untranslated.length > 0 ? ["# Not imported:", ...result.untranslated.map((line) => `#   - ${line}`)] : []),
  ];
  return `${header.join("\n")}\n${stringify(result.config, { lineWidth: 0 })}`;
}
