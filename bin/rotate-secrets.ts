import { launcherSecretBox, resolveDatabase, resolveSecretKey } from "./database";
import { sealStoredSecrets } from "@/db/seal-secrets";

/**
 * `npm run secrets:rotate`: re-seals every stored secret with PINGPAGE_SECRET_KEY, opening old
 * values with the keys in PINGPAGE_SECRET_KEY_PREVIOUS. Afterwards the previous keys can go.
 */
async function main() {
  const database = await resolveDatabase();
  try {
    const report = await sealStoredSecrets(database.url, launcherSecretBox(resolveSecretKey(database.embedded)));
    console.log(`Re-sealed the credentials of ${report.checkSettings} checks and ${report.columns} other secrets with the current key.`);
    if (report.unreadable > 0) {
      console.error(`${report.unreadable} secrets are sealed with a key not in PINGPAGE_SECRET_KEY or PINGPAGE_SECRET_KEY_PREVIOUS; they were left as they are.`);
      process.exitCode = 1;
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error("Rotation failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
