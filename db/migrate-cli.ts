import { migrateDatabase } from "./migrate";
import { sealStoredSecrets } from "./seal-secrets";
import { launcherSecretBox, resolveDatabase, resolveSecretKey } from "@/bin/database";

/** `npm run db:migrate`: against DATABASE_URL, or the embedded database when it is unset. */
async function main() {
  const database = await resolveDatabase();
  try {
    await migrateDatabase(database.url);
    await sealStoredSecrets(database.url, launcherSecretBox(resolveSecretKey(database.embedded)));
    console.log("Migrations applied.");
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
