#!/usr/bin/env node
// `npx pingpage …`: runs the TypeScript CLI through tsx, as the npm scripts run the other bin/ files.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./pingpage.ts", import.meta.url));
// The repository's tsconfig maps "@/…" imports wherever the command is run from.
const tsconfig = fileURLToPath(new URL("../tsconfig.json", import.meta.url));
const result = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), script, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
});
process.exit(result.status ?? 1);
