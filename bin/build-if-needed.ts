import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "db/schema", "public"];
const FILES = ["package-lock.json", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];
const STAMP = ".next/pingpage-source.sha1";

/** Runs `next build` when there is no build yet or the sources changed since the last one. */
export function buildIfNeeded(): void {
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint;
  if (built) return;
  console.log("[build] building the web app (first start, or sources changed)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(STAMP, fingerprint);
}

function sourceFingerprint(): string {
  const hash = crypto.createHash("sha1");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry).sort()) visit(path.join(entry, name));
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  [...SOURCES, ...FILES].forEach(visit);
  return hash.digest("hex");
}
